# The iCalendar feed (issue 8, item 4): the builder and the feed on their own, and
# `export calendar` as a process; both read the file back with python3-icalendar
# (tests/calendarparse.h), and skip when it is not installed.
pp_add_test(tst_calendarexport LIBS pp_models LABELS "unit;io")
pp_add_test(tst_cli_calendar LIBS pp_models LABELS "cli")
target_compile_definitions(tst_cli_calendar PRIVATE PP_APP="$<TARGET_FILE:patchplanner>")
add_dependencies(tst_cli_calendar patchplanner)
