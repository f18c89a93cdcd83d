"""Personal data: what the platform holds about one person (the download on their account)."""
