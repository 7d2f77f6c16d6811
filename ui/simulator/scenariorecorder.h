#pragma once

#include "secure/sensitivedigits.h"
#include "sim/scenario.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace voicepay::ui {

// Turns the caller's actions in the simulator into scenario inputs, one per answered question, the way
// ScenarioRunner reads them back.
//
// A scenario must hold the keys to replay, but a card number, security code or PIN may only be written when
// it is a published test value (the test-card kit's numbers and codes, the demo directory's PINs). Any other
// sensitive entry is written as "timeout" and the scenario is marked as not replayable. The keys of a
// sensitive entry are held in SensitiveDigits until they are checked, then wiped.
class ScenarioRecorder
{
public:
    void begin(const CallContext& call, const QJsonObject& configOverrides, QDate date);
    void setPublishedValues(const QStringList& values) { m_published = values; }

    void keyPressed(QChar key, bool sensitive);
    void entryEnded(); // the engine ended the entry ('#' or its full length)
    void timedOut(); // the keys so far and the inter-digit time-out, or a time-out with no keys
    void said(const QString& utterance, bool sensitive);
    void hungUp();

    int inputCount() const { return int(m_entries.size()); }
    bool replayable() const;
    QList<int> maskedInputs() const; // indexes of the inputs written as "timeout" because they were masked
    // The recorded call; `expect` is added only when the scenario is replayable.
    Scenario scenario(const QString& name, const QJsonObject& expect) const;

private:
    struct Entry
    {
        ScenarioInput input;
        bool masked = false;
    };
    void flushKeys();
    bool isPublished(std::string_view digits) const;

    CallContext m_call;
    QJsonObject m_config;
    QDate m_date;
    QStringList m_published;
    QList<Entry> m_entries;
    QString m_plainKeys;
    SensitiveDigits m_secureKeys;
    bool m_secureEntry = false;
    bool m_secureHash = false; // the sensitive entry was ended with '#'
    bool m_secureOdd = false; // a key other than a digit or a final '#': cannot be checked, so masked
    bool m_ended = false;
};

} // namespace voicepay::ui
