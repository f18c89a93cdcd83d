"""WCAG 2.1 AA in real Chromium: axe-core finds no serious or critical violation, and the keyboard reaches everything.

Pages: the public application form (blank and with errors), the delegate's agenda, the recommended partners
and the organizer's list of applications, each in English, French and Spanish.
"""

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse

from tests.agendas.builders import build_schedule, first_schedule
from tests.applications.builders import submitted
from trademission.directory.enums import OrganizationKind, Side
from trademission.directory.models import Organization
from trademission.missions.models import Sector

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LANGUAGES = ["en", "fr", "es"]
BLOCKING = ("serious", "critical")
CONTROLS = "input:not([type=hidden]), select, textarea, button, a[href], summary"


@pytest.fixture
def page(browser_page, live_server):
    """A page like ``browser_page``'s, but one that lets axe's script in whatever the site's CSP says."""
    context = browser_page.context.browser.new_context(base_url=live_server.url, locale="en-CA", bypass_csp=True)
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def visit(page, live_server, path: str, *, language: str = "en", user=None) -> None:
    cookies = [{"name": settings.LANGUAGE_COOKIE_NAME, "value": language, "url": live_server.url}]
    if user is not None:
        client = Client()
        client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
        session = client.cookies[settings.SESSION_COOKIE_NAME].value
        cookies.append({"name": settings.SESSION_COOKIE_NAME, "value": session, "url": live_server.url})
    page.context.add_cookies(cookies)
    response = page.goto(path)
    assert response.status == 200, (path, response.status)
    assert page.locator("html").get_attribute("lang") == language


def axe_violations(page, axe_script) -> list[dict]:
    page.add_script_tag(path=str(axe_script))
    result = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    return [violation for violation in result["violations"] if violation["impact"] in BLOCKING]


def describe(violations: list[dict]) -> str:
    lines = []
    for violation in violations:
        lines.append(f"[{violation['impact']}] {violation['id']}: {violation['help']} ({violation['helpUrl']})")
        for node in violation["nodes"][:8]:
            lines.append(f"    {node['target']}: {node['html'][:160]}")
            lines.append("      " + node.get("failureSummary", "").replace("\n", "\n      "))
    return "\n".join(lines)


def assert_accessible(page, axe_script) -> None:
    violations = axe_violations(page, axe_script)
    assert not violations, f"axe found on {page.url}:\n{describe(violations)}"


def assert_other_language_marked(page, text: str, language: str) -> None:
    """The element showing ``text`` (or an ancestor) declares the language it is written in."""
    declared = page.get_by_text(text, exact=True).first.evaluate("node => node.closest('[lang]').lang")
    assert declared == language, (text, declared)


# -- set-ups ---------------------------------------------------------------------------------------------------


def more_partners(world) -> None:
    """A few more host organizations, with profile texts written in one language only."""
    sector = Sector.objects.get(slug="clean-tech")
    for name, language, text in [
        ("Hidro Sol SA", "es", "Tratamos aguas residuales industriales en el norte de México."),
        ("Eaux Claires Mexique", "fr", "Nous exploitons des usines de dessalement sur la côte du Pacifique."),
        ("Pacific Pumps SA", "en", "We distribute pumps and valves to municipal utilities."),
    ]:
        organization = Organization.objects.create(
            mission=world.mission, side=Side.HOST, name=name, kind=OrganizationKind.LARGE, country="MX",
            city="Monterrey", languages=[language], **{f"description_{language}": text})
        organization.sectors.add(sector)


def applications(world) -> None:
    submitted(world.mission, name="Bluewater Systems", language="en")
    submitted(world.mission, name="Hydro Boréal inc.", language="fr", representatives=2)
    submitted(world.mission, name="Agua Clara Canada", language="es")


# -- axe ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_application_form_blank_and_with_errors(page, live_server, world, axe_script, language):
    visit(page, live_server, f"/missions/{world.mission.slug}/apply/", language=language)
    assert_accessible(page, axe_script)

    page.locator("button[name=action][value=submit]").click()
    page.locator("[aria-invalid=true]").first.wait_for()
    assert_accessible(page, axe_script)
    # Every invalid field (or group of boxes) points at its error message, and every description exists.
    invalid = page.locator("[aria-invalid=true], fieldset:has(> .errorlist, + .errorlist)").all()
    assert len(invalid) >= 5
    for field in page.locator("[aria-invalid=true]").all():
        # Boxes of a group are described by their fieldset.
        described = field.evaluate("""e => (e.getAttribute('aria-describedby')
            || e.closest('fieldset[aria-describedby]')?.getAttribute('aria-describedby') || '')""").split()
        assert any(page.locator(f"[id='{id_}']").evaluate("e => e.matches('.errorlist')") for id_ in described), (
            field.get_attribute("name"), described)
    for field in page.locator("[aria-describedby]").all():
        described = field.get_attribute("aria-describedby").split()
        assert all(page.locator(f"[id='{id_}']").count() == 1 for id_ in described), described
    # The summary links to each field to correct.
    links = page.locator("[role=alert] a").all()
    assert len(links) >= 5
    for link in links:
        assert page.locator(link.get_attribute("href")).count() == 1, link.get_attribute("href")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_delegate_agenda(page, live_server, world, axe_script, language):
    schedule = build_schedule(world)
    first_schedule(schedule)
    visit(page, live_server, reverse("portal-agenda", args=[world.mission.slug]), language=language,
          user=world.users["delegate"])
    assert page.locator(".agenda-meeting, .agenda-item").count() >= 3
    assert_accessible(page, axe_script)
    if language == "fr":
        # The briefing has no French title: its English one is shown and marked as English.
        assert_other_language_marked(page, "Market briefing", "en")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_recommended_partners(page, live_server, world, axe_script, language):
    more_partners(world)
    visit(page, live_server, reverse("portal-recommendations", args=[world.mission.slug]), language=language,
          user=world.users["delegate"])
    assert page.locator("li.card[data-organization]").count() >= 2
    assert_accessible(page, axe_script)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_organizers_list_of_applications(page, live_server, world, axe_script, language):
    applications(world)
    visit(page, live_server, reverse("orga-applications", args=[world.mission.slug]), language=language,
          user=world.users["organizer"])
    assert page.locator("tbody tr").count() >= 4
    assert_accessible(page, axe_script)


# -- keyboard ----------------------------------------------------------------------------------------------------


def tab_through(page, scope: str, *, limit: int = 400) -> list[str]:
    """Press Tab from the top of the page until focus leaves ``scope`` after entering it; the keys reached.

    Every focused control must show a visible focus indicator.
    """
    page.evaluate("""([scope, controls]) => document.querySelectorAll(`${scope} :is(${controls})`).forEach(
        (element, index) => { element.dataset.a11yKey = String(index); })""", [scope, CONTROLS])
    reached, entered = [], False
    for _ in range(limit):
        page.keyboard.press("Tab")
        key, inside, outline = page.evaluate("""scope => {
            const element = document.activeElement;
            const style = getComputedStyle(element);
            const visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0)
                || style.boxShadow !== 'none';
            return [element.dataset.a11yKey || null, !!element.closest(scope), visible];
        }""", scope)
        if inside:
            entered = True
            assert outline, f"no visible focus on control {key} of {scope}"
            if key is not None:
                reached.append(key)
        elif entered:
            break
    return reached


def expected_controls(page, scope: str) -> set[str]:
    return set(page.evaluate("""scope => Array.from(document.querySelectorAll(scope + ' [data-a11y-key]'))
        .filter(e => !e.disabled && e.getClientRects().length > 0 && e.tabIndex >= 0
                     && (e.tagName === 'SUMMARY' || !e.closest('details:not([open])'))
                     && !(e.type === 'radio' && !e.checked && document.querySelector(
                         `input[type=radio][name="${e.name}"]:checked`)))
        .map(e => e.dataset.a11yKey)""", scope))


def test_the_skip_link_is_first_visible_on_focus_and_jumps_to_the_content(page, live_server, world):
    visit(page, live_server, f"/missions/{world.mission.slug}/apply/")
    page.keyboard.press("Tab")
    skip = page.locator("a.skip")
    assert skip.evaluate("e => e === document.activeElement")
    box = skip.bounding_box()
    assert box is not None
    assert (box["x"] >= 0, box["y"] >= 0, box["width"] > 1) == (True, True, True), box
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"
    assert page.evaluate("document.activeElement.id") == "main"
    page.keyboard.press("Tab")
    assert page.evaluate("!!document.activeElement.closest('main')"), "Tab after the skip link left <main>"
    assert page.evaluate("document.activeElement.id") == "id_organization_name"


def test_the_application_form_is_complete_by_keyboard(page, live_server, world):
    visit(page, live_server, f"/missions/{world.mission.slug}/apply/")
    reached = tab_through(page, "form.application")
    expected = expected_controls(page, "form.application")
    assert expected <= set(reached), sorted(expected - set(reached), key=int)
    assert reached == sorted(reached, key=int), "tab order differs from reading order"
    names = page.evaluate("""keys => keys.map(k => document.querySelector(`[data-a11y-key="${k}"]`))
        .map(e => e.name + ':' + (e.value || ''))""", reached)
    assert {"action:submit", "action:save"} <= set(names)

    # Type the organization's name and save a draft without the mouse.
    page.locator("#id_organization_name").focus()
    page.keyboard.type("Keyboard Water Ltd.")
    page.locator("button[name=action][value=save]").focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/apply/**")
    page.locator("#id_organization_name").wait_for()
    assert page.locator("#id_organization_name").input_value() == "Keyboard Water Ltd."


def test_the_recommendations_work_by_keyboard(page, live_server, world):
    from trademission.matchmaking.models import MeetingRequest

    visit(page, live_server, reverse("portal-recommendations", args=[world.mission.slug]), user=world.users["delegate"])
    card = f'li.card[data-organization="{world.host.pk}"]'
    reached = tab_through(page, "ol.recommendations")
    assert expected_controls(page, "ol.recommendations") <= set(reached)

    page.locator(f"{card} input[name=note]").focus()
    page.keyboard.type("Pumps for municipal networks.")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.locator(f'{card} [data-status="pending"]').wait_for()
    assert MeetingRequest.objects.get().note == "Pumps for municipal networks."


def test_the_agenda_works_by_keyboard(page, live_server, world):
    first_schedule(build_schedule(world))
    visit(page, live_server, reverse("portal-agenda", args=[world.mission.slug]), user=world.users["delegate"])
    reached = tab_through(page, "main")
    assert expected_controls(page, "main") <= set(reached)

    # The subscription address opens from the keyboard, and its field is reachable then.
    page.locator("summary").focus()
    page.keyboard.press("Enter")
    assert page.locator("details").evaluate("e => e.open")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.readOnly && document.activeElement.value.endsWith('.ics')")


def test_the_organizers_list_works_by_keyboard(page, live_server, world):
    applications(world)
    visit(page, live_server, reverse("orga-applications", args=[world.mission.slug]), user=world.users["organizer"])
    reached = tab_through(page, "main")
    assert expected_controls(page, "main") <= set(reached)

    first = page.locator("tbody input[type=checkbox]").first
    first.focus()
    page.keyboard.press("Space")
    assert first.is_checked()
