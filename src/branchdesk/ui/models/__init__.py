"""Qt item models fed by services."""
