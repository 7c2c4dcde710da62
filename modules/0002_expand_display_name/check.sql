-- check: users.display_name has no NULLs
SELECT NOT EXISTS (SELECT 1 FROM users WHERE display_name IS NULL);
