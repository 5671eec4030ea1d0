"""A 20,000-teacher roster written by openpyxl, for the CLI read benchmark (path as the only argument)."""
import datetime
import sys

from openpyxl import Workbook

ORGS = [f"Ясли-сад №{n}" for n in range(1, 41)]
CATEGORIES = ["Педагог-модератор", "Педагог", "Педагог-эксперт", "Без категории"]

wb = Workbook()
ws = wb.active
ws.title = "Тізім"
ws.append(["№", "ФИО", "Организация", "Образование", "Категория", "Дата присвоения категории", "Стаж"])
for n in range(20000):
    ws.append(
        [n + 1, f"Педагог {n + 1}", ORGS[n % 40], "Высшее", CATEGORIES[n % 4],
         datetime.date(2021, 1, 1) + datetime.timedelta(days=n % 900), 3 + n % 30]
    )
    ws.cell(row=n + 2, column=6).number_format = "dd.mm.yyyy"
wb.save(sys.argv[1])
