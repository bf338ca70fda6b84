# Vietnamese offices write dates as 22/11/2026 and numbers as 1.234,5.
DATE_FORMAT = r"\n\g\à\y j \t\h\á\n\g n \n\ă\m Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = r"H:i, \n\g\à\y j \t\h\á\n\g n \n\ă\m Y"
YEAR_MONTH_FORMAT = r"\t\h\á\n\g n \n\ă\m Y"
MONTH_DAY_FORMAT = r"j \t\h\á\n\g n"
SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "H:i d/m/Y"
FIRST_DAY_OF_WEEK = 1
DATE_INPUT_FORMATS = ["%d/%m/%Y", "%d/%m/%y", "%Y-%m-%d"]
DATETIME_INPUT_FORMATS = [
    "%H:%M %d/%m/%Y",
    "%d/%m/%Y %H:%M",
    "%d/%m/%Y %H:%M:%S",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
]
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "."
NUMBER_GROUPING = 3
