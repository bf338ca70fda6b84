"""Reading a package's ``imsmanifest.xml``: its SCORM version, title and launchable items.

Pure: takes the manifest's bytes and the set of file names in the package, returns a
``Manifest`` or raises ``ManifestError`` with a message for the trainer. Elements are matched
by their local names, since packages spell their namespaces in many ways.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any
from urllib.parse import unquote, urlsplit
from xml.etree.ElementTree import Element

from defusedxml import ElementTree
from defusedxml.common import DefusedXmlException
from django.utils.translation import gettext as _

SCORM_12 = "1.2"
SCORM_2004 = "2004"
MAX_ITEMS = 500
XML_BASE = "{http://www.w3.org/XML/1998/namespace}base"


class ManifestError(ValueError):
    """The manifest is missing, unreadable or does not describe a playable SCORM package."""


@dataclass(frozen=True)
class Sco:
    """One launchable item of the package's default organisation."""

    identifier: str
    title: str
    href: str  # relative to the package root, with the item's parameters
    is_sco: bool  # False for an asset: a page that does not talk to the run-time
    mastery_score: Decimal | None = None  # SCORM 1.2, percent
    scaled_passing_score: Decimal | None = None  # SCORM 2004, -1..1
    completion_threshold: Decimal | None = None  # SCORM 2004, 0..1
    launch_data: str = ""

    def as_json(self) -> dict[str, Any]:
        def number(value: Decimal | None) -> str | None:
            return None if value is None else str(value)

        return {
            "identifier": self.identifier,
            "title": self.title,
            "href": self.href,
            "is_sco": self.is_sco,
            "mastery_score": number(self.mastery_score),
            "scaled_passing_score": number(self.scaled_passing_score),
            "completion_threshold": number(self.completion_threshold),
            "launch_data": self.launch_data,
        }


@dataclass
class Manifest:
    version: str
    identifier: str
    title: str
    scos: list[Sco] = field(default_factory=list)


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _children(element: Element, name: str) -> list[Element]:
    return [child for child in element if _local(child.tag) == name]


def _child(element: Element, name: str) -> Element | None:
    found = _children(element, name)
    return found[0] if found else None


def _text(element: Element | None) -> str:
    return (element.text or "").strip() if element is not None else ""


def _attribute(element: Element, name: str) -> str:
    """An attribute by local name, whatever its namespace prefix (adlcp:scormtype, scormType)."""
    wanted = name.lower()
    for key, value in element.attrib.items():
        if _local(key).lower() == wanted:
            return value.strip()
    return ""


def _decimal(value: str) -> Decimal | None:
    try:
        number = Decimal(value.strip())
    except (InvalidOperation, AttributeError):
        return None
    return number if number.is_finite() else None


def detect_version(root: Element) -> str:
    metadata = _child(root, "metadata")
    schema_version = _text(_child(metadata, "schemaversion")) if metadata is not None else ""
    if schema_version == "1.2":
        return SCORM_12
    if schema_version.startswith(("2004", "CAM 1.3")):
        return SCORM_2004
    namespaces = " ".join(
        [root.tag, *root.attrib.keys(), *root.attrib.values()]
        + [element.tag for element in root.iter()]
    )
    if "adlcp_rootv1p2" in namespaces:
        return SCORM_12
    if "adlcp_v1p3" in namespaces or "imsss" in namespaces:
        return SCORM_2004
    raise ManifestError(_("The manifest does not say which SCORM version the package uses."))


def package_path(href: str, base: str = "") -> str:
    """A manifest reference as a normalised path inside the package, without query or fragment.

    Raises ManifestError for an outside address, an absolute path or one that leaves the
    package folder.
    """
    joined = base + href
    parts = urlsplit(joined)
    if parts.scheme or parts.netloc:
        raise ManifestError(
            _("The package launches %(href)s, an outside address; packages must be complete.")
            % {"href": href}
        )
    path = unquote(parts.path)
    if not path or path.startswith("/") or "\\" in path:
        raise ManifestError(
            _("The launch file %(href)s is not a path inside the package.") % {"href": href}
        )
    normal = posixpath.normpath(path)
    if normal.startswith("../") or normal == ".." or normal == ".":
        raise ManifestError(
            _("The launch file %(href)s lies outside the package.") % {"href": href}
        )
    return normal


def _with_parameters(href: str, parameters: str) -> str:
    """SCORM's rule for an item's parameters: drop a leading ? or & and join with ? or &."""
    parameters = parameters.strip()
    if not parameters:
        return href
    if parameters.startswith("#"):
        return href + parameters
    parameters = parameters.lstrip("?&")
    return f"{href}{'&' if '?' in href else '?'}{parameters}"


def _leaf_items(element: Element) -> list[Element]:
    items: list[Element] = []
    for item in _children(element, "item"):
        if _attribute(item, "isvisible").lower() == "false" and not _attribute(
            item, "identifierref"
        ):
            continue
        if _attribute(item, "identifierref"):
            items.append(item)
        items.extend(_leaf_items(item))
    return items


def _sequencing_numbers(item: Element) -> tuple[Decimal | None, Decimal | None]:
    """(scaled passing score, completion threshold) of a SCORM 2004 item."""
    passing = None
    sequencing = _child(item, "sequencing")
    objectives = _child(sequencing, "objectives") if sequencing is not None else None
    primary = _child(objectives, "primaryObjective") if objectives is not None else None
    if primary is not None and _attribute(primary, "satisfiedByMeasure").lower() == "true":
        passing = _decimal(_text(_child(primary, "minNormalizedMeasure")) or "1.0")
    threshold_element = _child(item, "completionThreshold")
    threshold = None
    if threshold_element is not None:
        threshold = _decimal(_text(threshold_element)) or _decimal(
            _attribute(threshold_element, "minProgressMeasure")
        )
    return passing, threshold


def parse_manifest(data: bytes, files: set[str]) -> Manifest:
    """Read a manifest; ``files`` are the package's file paths (normalised, relative)."""
    try:
        root = ElementTree.fromstring(data)
    except (ElementTree.ParseError, DefusedXmlException, ValueError) as error:
        raise ManifestError(
            _("The manifest is not valid XML: %(error)s") % {"error": error}
        ) from None
    if _local(root.tag) != "manifest":
        raise ManifestError(_("The file imsmanifest.xml is not a package manifest."))
    version = detect_version(root)
    organizations = _child(root, "organizations")
    resources = _child(root, "resources")
    if organizations is None or resources is None:
        raise ManifestError(_("The manifest has no organisation of its content or no resources."))
    all_organizations = _children(organizations, "organization")
    if not all_organizations:
        raise ManifestError(_("The manifest has no organisation of its content."))
    default = _attribute(organizations, "default")
    organization = next(
        (o for o in all_organizations if _attribute(o, "identifier") == default),
        all_organizations[0],
    )
    resource_base = resources.attrib.get(XML_BASE, "")
    by_id = {_attribute(r, "identifier"): r for r in _children(resources, "resource")}
    items = _leaf_items(organization)
    if len(items) > MAX_ITEMS:
        raise ManifestError(_("The package has more than %(count)s items.") % {"count": MAX_ITEMS})
    scos: list[Sco] = []
    seen: set[str] = set()
    for item in items:
        identifier = _attribute(item, "identifier")
        if not identifier or identifier in seen:
            raise ManifestError(
                _("Two items of the manifest share the identifier %(id)s, or one has none.")
                % {"id": identifier}
            )
        seen.add(identifier)
        resource = by_id.get(_attribute(item, "identifierref"))
        if resource is None:
            raise ManifestError(
                _("The item %(id)s refers to a resource the manifest does not list.")
                % {"id": identifier}
            )
        href = _attribute(resource, "href")
        if not href:
            continue  # a resource without a launch file only carries files for others
        base = resource_base + resource.attrib.get(XML_BASE, "")
        path = package_path(href, base)
        if path not in files:
            raise ManifestError(
                _("The launch file %(href)s is not in the package.") % {"href": path}
            )
        launch = _with_parameters(
            path + (f"?{urlsplit(base + href).query}" if urlsplit(base + href).query else ""),
            _attribute(item, "parameters"),
        )
        scorm_type = (_attribute(resource, "scormtype") or "sco").lower()
        passing, threshold = _sequencing_numbers(item) if version == SCORM_2004 else (None, None)
        mastery = _decimal(_text(_child(item, "masteryscore"))) if version == SCORM_12 else None
        launch_data = _text(_child(item, "datafromlms")) or _text(_child(item, "dataFromLMS"))
        scos.append(
            Sco(
                identifier=identifier[:200],
                title=_text(_child(item, "title"))[:255] or identifier[:255],
                href=launch,
                is_sco=scorm_type == "sco",
                mastery_score=mastery,
                scaled_passing_score=passing,
                completion_threshold=threshold,
                launch_data=launch_data[:4096],
            )
        )
    if not scos:
        raise ManifestError(_("The manifest has no item that can be launched."))
    title = _text(_child(organization, "title")) or _attribute(root, "identifier") or "SCORM"
    return Manifest(
        version=version,
        identifier=_attribute(root, "identifier")[:255],
        title=title[:255],
        scos=scos,
    )
