"""Demo content for Kỹ Năng Số: courses (courses.py and course_*.py) and question banks
(quizzes/*.gift)."""
