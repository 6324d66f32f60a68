-- One migration history for H2 and PostgreSQL (db/migration). PostgreSQL has no blob and clob types, which the
-- history uses for files and long texts: these domains make them PostgreSQL's bytea and text, so the same scripts
-- create the same schema on both. Run by Flyway before every migrate, on PostgreSQL only (db/vendor/{vendor}).
do $$
begin
    if not exists (select 1 from pg_type t join pg_namespace n on n.oid = t.typnamespace
                   where t.typname = 'blob' and n.nspname = current_schema()) then
        create domain blob as bytea;
    end if;
    if not exists (select 1 from pg_type t join pg_namespace n on n.oid = t.typnamespace
                   where t.typname = 'clob' and n.nspname = current_schema()) then
        create domain clob as text;
    end if;
end
$$;
