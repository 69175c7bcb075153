"""Quote attributor: direct and reported speech linked to speakers."""
