"""What the language sweep reads on a page, and what counts as a foreign or internal word.

Course content (lesson bodies, quiz introductions, question texts, what a trainer types into an
editor) is written by people in one language and is not the interface: it is left out."""

import re
from urllib.parse import urljoin, urlsplit

# Elements whose text is course content or typed data, not interface wording.
CONTENT_SELECTORS = ", ".join(
    [
        "[data-course-content]",
        ".lesson-body",
        ".lesson-intro",
        ".quiz-intro",
        ".course-intro",
        ".rich-text",
        "[contenteditable]",
        ".Draftail-Editor",
        "textarea",
        "select",
        "script",
        "style",
        "noscript",
        "template",
        "code",
        "pre",
    ]
)

# On an English page, also the titles of content in admin listings (question and page titles).
ENGLISH_PAGE_CONTENT_SELECTORS = CONTENT_SELECTORS + ", td.title"

# Common interface words that must never show on a Vietnamese page.
ENGLISH_WORDS = [
    "Save",
    "Cancel",
    "Delete",
    "Edit",
    "Next",
    "Previous",
    "Search",
    "Submit",
    "Home",
    "Dashboard",
    "Settings",
    "Loading",
    "Close",
    "Page",
    "of",
    "Yes",
    "No",
    "None",
    "True",
    "False",
    "Root",
    "records",
    "users",
    "officers",
    "units",
    "courses",
    "Add",
    "Back",
    "Filter",
    "Sort",
    "Actions",
    "Download",
    "Upload",
    "Create",
    "Update",
    "Show",
    "Hide",
    "Help",
    "Select",
    "Choose",
    "Apply",
    "Reset",
    "Clear",
    "Export",
    "Import",
    "Preview",
    "Publish",
    "Draft",
    "Live",
    "View",
    "Required",
    "Optional",
    "Error",
    "Warning",
    "Success",
    "Status",
    "Name",
    "Title",
    "Date",
    "Total",
    "Results",
    "Course",
    "Courses",
    "Quiz",
    "Question",
    "Questions",
    "Learner",
    "Unit",
    "Officer",
    "Officers",
    "Users",
    "Report",
    "Reports",
    "Unknown",
    "Sign",
    "Logout",
    "Login",
    "Password",
    "Account",
    "Profile",
    "Welcome",
    "Hello",
    "Loading...",
    "Groups",
    "Group",
    "Workflow",
    "Workflows",
    "Task",
    "Tasks",
    "Permissions",
    "Permission",
    "Moderators",
    "Editors",
    "Administrators",
    "Trainer",
    "Trainers",
    "Manager",
    "Managers",
    "Administrator",
]
ENGLISH = re.compile(r"(?<![\w@./-])(" + "|".join(map(re.escape, ENGLISH_WORDS)) + r")(?![\w@/-])")

# Raw values a template printed instead of words.
RAW_VALUE = re.compile(
    r"(?<![\w/-])(True|False|None|true|false|null)(?![\w/-])|\[\s*['\"\d]|\{\s*['\"]"
)

# Interface wording that must never show on an English page.
VIETNAMESE_WORDS = [
    "Đăng nhập",
    "Đăng xuất",
    "Hủy",
    "Xóa",
    "Tìm kiếm",
    "Trang sau",
    "Trang trước",
    "Trạng thái",
    "Quá hạn",
    "Đã hoàn thành",
    "Chưa bắt đầu",
    "Tiến độ",
    "Hạn chót",
    "Tải về",
    "Tiếp tục",
    "Quản lý",
    "Hồ sơ",
    "Trang chủ",
    "Khóa học của tôi",
]
VIETNAMESE = re.compile(r"(?<!\w)(" + "|".join(map(re.escape, VIETNAMESE_WORDS)) + r")(?!\w)")

# Never followed: leaving, downloads, actions that change something, machine endpoints.
SKIP = re.compile(
    r"logout|/i18n/|/static/|/media/|/private/|download|/export|\.(csv|xlsx|pdf|ics|zip|json|xml)"
    r"|format=|delete|unpublish|revoke|/lock|/unlock|/copy|/move|/revisions/|preview|/api/|/lti/"
    r"|/scorm/|/feed|calendar|/documents/|/images/|deactivate|withdraw|reject|approve|/submit"
    r"|publish|/cancel|disable|/start|/attempt|/reset|/2fa/(totp|recovery|webauthn)|/verify/"
    r"|/admin/(pages/\d+/(add|history|usage|workflow)|reports|settings|sites|locales|redirects"
    r"|searchpicks|snippets/wagtailcore|embeds|login|password_reset|workflows/disable)"
    r"|/notifications|/jsi18n|/setlang|/sessions|/robots|/sitemap|/health|/__|mailto:|tel:"
)


def same_site_links(base: str, hrefs: list[str]) -> list[str]:
    """The paths of the links that stay on this site and may be followed."""
    host = urlsplit(base).netloc
    paths = []
    for href in hrefs:
        if not href or href.startswith(("#", "javascript:")):
            continue
        url = urlsplit(urljoin(base, href))
        if url.netloc != host or SKIP.search(url.path + "?" + url.query):
            continue
        paths.append(url.path)
    return paths


def pattern_of(path: str) -> str:
    """The kind of page a path is: numbers become one placeholder, and courses' own pages
    (lessons, quizzes) one kind per level, so one of each is enough."""
    path = re.sub(r"/\d+(?=/)", "/N", path)
    levels = re.fullmatch(r"/courses((?:/[^/]+)+)/", path)
    return "/courses" + "/*" * levels.group(1).count("/") + "/" if levels else path


def findings(text: str, language: str) -> list[str]:
    """The foreign words and raw values in a page's visible text."""
    found = [m.group(0) for m in RAW_VALUE.finditer(text)]
    pattern = ENGLISH if language == "vi" else VIETNAMESE
    found += [m.group(0) for m in pattern.finditer(text)]
    return list(dict.fromkeys(found))


def excerpt(text: str, word: str) -> str:
    at = text.find(word)
    return " ".join(text[max(0, at - 40) : at + len(word) + 40].split())
