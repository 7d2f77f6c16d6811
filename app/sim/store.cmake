# The KPI store's commands and the --db option of run and test.
target_sources(voicepay-sim PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/storeoption.cpp
  ${CMAKE_CURRENT_LIST_DIR}/kpicommand.cpp
  ${CMAKE_CURRENT_LIST_DIR}/loadcommand.cpp
  ${CMAKE_CURRENT_LIST_DIR}/journalsetup.cpp ${CMAKE_CURRENT_LIST_DIR}/journalsetup.h
  ${CMAKE_CURRENT_LIST_DIR}/reconcilecommand.cpp
)
