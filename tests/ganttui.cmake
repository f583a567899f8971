# The Gantt chart of a plan (issue 7): the painter the plan view and the PDF export share
# (headless: layout, zoned time axis, tiles, 2,000 steps), and the New plan wizard on a real
# database (proposals, creating the plan, validation).
pp_add_test(tst_ganttpainter LIBS pp_models LABELS "unit;models")
pp_add_test(tst_planwizard LIBS pp_ui LABELS "ui" POSTGRES)
