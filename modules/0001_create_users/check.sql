-- check: table users exists
SELECT to_regclass('users') IS NOT NULL;

-- check: index users_created_at_idx exists
SELECT EXISTS (SELECT 1 FROM pg_class WHERE oid = to_regclass('users_created_at_idx') AND relkind = 'i');
