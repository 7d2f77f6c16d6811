if(TARGET voicepay_admin AND TARGET voicepay_store)
  target_sources(voicepay-sim PRIVATE ${CMAKE_CURRENT_LIST_DIR}/admincommands.cpp
    ${CMAKE_CURRENT_LIST_DIR}/adminaccess.cpp ${CMAKE_CURRENT_LIST_DIR}/adminaccess.h)
endif()
