"""Demo content for Kỹ Năng Số: courses (courses.py) and question banks (quizzes/*.gift)."""
