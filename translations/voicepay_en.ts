<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>voicepay::ui::LiveDashboard</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform><numerusform>%n sessions</numerusform></translation>
    </message>
</context>
<context>
    <name>voicepay::ui::PromptExplorer</name>
    <message numerus="yes">
        <source>%n file(s) could not run: %1</source>
        <translation>
            <numerusform>%n file could not run: %1</numerusform><numerusform>%n files could not run: %1</numerusform></translation>
    </message>
</context>
<context>
    <name>voicepay::ui::SessionBrowser</name>
    <message numerus="yes">
        <source>%n session(s), newest first</source>
        <translation>
            <numerusform>%n session, newest first</numerusform><numerusform>%n sessions, newest first</numerusform></translation>
    </message>
</context>
</TS>