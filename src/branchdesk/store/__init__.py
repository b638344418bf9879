"""Storage: SQLModel tables, the one engine factory, sessions and Alembic migrations."""
