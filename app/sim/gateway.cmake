# The gateway concern's commands: the sandbox gateway server, the credential store, and the gateway factory
# behind gateway.mode "server" and "endpoint" (with the --gateway-ca option of run and test).
target_sources(voicepay-sim PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/gatewaycommand.cpp
  ${CMAKE_CURRENT_LIST_DIR}/credentialscommand.cpp
  ${CMAKE_CURRENT_LIST_DIR}/gatewayfactoryoption.cpp
)
target_link_libraries(voicepay-sim PRIVATE voicepay_platform)
