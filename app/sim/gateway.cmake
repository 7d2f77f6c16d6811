# The gateway concern's commands: the sandbox gateway server, the credential store, and the gateway factory
# behind gateway.mode "server" and "endpoint".
target_sources(voicepay-sim PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/gatewaycommand.cpp
)
target_link_libraries(voicepay-sim PRIVATE voicepay_platform)
