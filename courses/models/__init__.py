"""Course models, split by concept and re-exported here."""

from courses.models.pages import (
    CourseIndexPage,
    CourseItemMixin,
    CourseLevel,
    CoursePage,
    CoursePrerequisite,
    EnrolmentMode,
    LessonPage,
)
from courses.models.progress import Enrolment, EnrolmentCycle, ItemProgress
from courses.models.scorm import ScormCompletion, ScormLessonPage, ScormPackage, ScormTrack
from courses.models.settings import CourseSettings
from courses.models.topics import Topic

__all__ = [
    "CourseIndexPage",
    "CourseItemMixin",
    "CourseLevel",
    "CoursePage",
    "CoursePrerequisite",
    "CourseSettings",
    "Enrolment",
    "EnrolmentCycle",
    "EnrolmentMode",
    "ItemProgress",
    "LessonPage",
    "ScormCompletion",
    "ScormLessonPage",
    "ScormPackage",
    "ScormTrack",
    "Topic",
]
