# Spoken input in voicepay-sim: `audio:PATH.wav` scenario inputs and `run/test --speech synth`.
target_sources(voicepay-sim PRIVATE ${CMAKE_CURRENT_LIST_DIR}/speechoption.cpp)
target_link_libraries(voicepay-sim PRIVATE voicepay_speech)
