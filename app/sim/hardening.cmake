target_sources(voicepay-sim PRIVATE ${CMAKE_CURRENT_LIST_DIR}/holdoption.cpp)
