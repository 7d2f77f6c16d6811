# User accounts and the audit trail: `users` and `audit`.
target_sources(voicepay-sim PRIVATE ${CMAKE_CURRENT_LIST_DIR}/admincommands.cpp
  ${CMAKE_CURRENT_LIST_DIR}/adminaccess.cpp ${CMAKE_CURRENT_LIST_DIR}/adminaccess.h)
