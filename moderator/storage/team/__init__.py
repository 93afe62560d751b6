"""The team workspace on PostgreSQL: schema and migrations, reads and writes, the live
listener, and the records kept on this computer while the database is away."""
