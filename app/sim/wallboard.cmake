# The wallboard: the live KPIs as a web page for the contact-centre floor's screen.
target_sources(voicepay-sim PRIVATE ${CMAKE_CURRENT_LIST_DIR}/wallboardcommand.cpp)
target_link_libraries(voicepay-sim PRIVATE voicepay_wallboard)
