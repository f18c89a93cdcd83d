import hashlib

from trademission.directory.models import Organization


def demo_digest() -> str:
    """A fingerprint of the generated delegation and hosts, independent of primary keys."""
    rows = []
    organizations = (Organization.objects.select_related("stop", "mission")
                     .prefetch_related("sectors", "subsectors", "people"))
    for org in organizations:
        rows.append((
            org.mission.slug, org.side, org.name, org.kind, org.region, org.city, org.address,
            org.stop.slug if org.stop else "", org.employees, org.website, tuple(org.naics_codes),
            tuple(org.languages), org.first_time_exporter, org.description_en, org.description_fr,
            org.description_es, org.offers_en, org.offers_fr, org.offers_es, org.seeks_en, org.seeks_fr, org.seeks_es,
            tuple(sorted(sector.slug for sector in org.sectors.all())),
            tuple(sorted(sub.slug for sub in org.subsectors.all())),
            tuple(sorted((p.email, p.first_name, p.last_name, p.phone, p.job_title, tuple(p.languages))
                         for p in org.people.all())),
        ))
    return hashlib.sha256(repr(sorted(rows)).encode()).hexdigest()
