"""Personal data: what the platform holds about one person (the download on their account) and the purge of a
mission's personal data after the retention period. A domain package over the data apps' models: it owns no
tables (the purge's audit record lives with the mission, in ``missions``)."""
