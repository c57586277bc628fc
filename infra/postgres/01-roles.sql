-- The orchestrator's database and its two roles. The postgres image runs this once, as the superuser, when the
-- container starts on an empty data volume (/docker-entrypoint-initdb.d); changing it later needs a new volume.
--
--   orchestrator_owner  owns the database and its schema: runs the EF Core migrations (creates and alters tables).
--   orchestrator_app    the runtime role: reads and writes rows, cannot change the schema or drop anything.
--
-- Passwords come from the container's environment (psql 15 \getenv), so they are set in one place, docker-compose.yml.

\set ON_ERROR_STOP on
\getenv owner_password ORCH_DB_OWNER_PASSWORD
\getenv app_password ORCH_DB_APP_PASSWORD

\if :{?owner_password}
\else
DO $$ BEGIN RAISE EXCEPTION 'ORCH_DB_OWNER_PASSWORD is not set: give the postgres container the owner role''s password'; END $$;
\endif
\if :{?app_password}
\else
DO $$ BEGIN RAISE EXCEPTION 'ORCH_DB_APP_PASSWORD is not set: give the postgres container the runtime role''s password'; END $$;
\endif

CREATE ROLE orchestrator_owner LOGIN PASSWORD :'owner_password';
CREATE ROLE orchestrator_app LOGIN PASSWORD :'app_password';

CREATE DATABASE orchestrator OWNER orchestrator_owner;
-- Only our two roles may connect; by default every role may.
REVOKE ALL ON DATABASE orchestrator FROM PUBLIC;
GRANT CONNECT ON DATABASE orchestrator TO orchestrator_app;

\connect orchestrator

-- In PostgreSQL 15 the public schema belongs to the database owner (orchestrator_owner), and only the owner may
-- create in it. The runtime role may use it, nothing more.
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO orchestrator_app;

-- Tables and sequences do not exist yet: the migrations create them later, as orchestrator_owner. Default privileges
-- grant the runtime role its rights on whatever the owner creates from now on. UPDATE also covers SELECT … FOR UPDATE
-- (the saga's row lock) and LOCK TABLE, which EF Core takes on its history table when it checks for migrations.
ALTER DEFAULT PRIVILEGES FOR ROLE orchestrator_owner IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO orchestrator_app;
ALTER DEFAULT PRIVILEGES FOR ROLE orchestrator_owner IN SCHEMA public
    GRANT USAGE, SELECT ON SEQUENCES TO orchestrator_app;
