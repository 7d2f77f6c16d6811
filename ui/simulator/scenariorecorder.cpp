#include "simulator/scenariorecorder.h"

#include <QCoreApplication>

namespace voicepay::ui {

void ScenarioRecorder::begin(const CallContext& call, const QJsonObject& configOverrides, QDate date)
{
    m_call = call;
    m_config = configOverrides;
    m_date = date;
    m_entries.clear();
    m_plainKeys.clear();
    m_secureKeys.clear();
    m_secureEntry = m_secureHash = m_secureOdd = m_ended = false;
}

void ScenarioRecorder::keyPressed(QChar key, bool sensitive)
{
    if (m_ended) {
        return;
    }
    if (sensitive) {
        m_secureEntry = true;
        if (m_secureHash) {
            m_secureOdd = true; // keys after '#' in the same entry
        }
        if (key == u'#') {
            m_secureHash = true;
        } else if (!m_secureKeys.append(key.toLatin1())) {
            m_secureOdd = true;
        }
        return;
    }
    m_plainKeys += key;
}

bool ScenarioRecorder::isPublished(std::string_view digits) const
{
    const QLatin1StringView keyed(digits.data(), qsizetype(digits.size()));
    for (const QString& value : m_published) {
        if (!value.isEmpty() && value == keyed) {
            return true;
        }
    }
    return false;
}

void ScenarioRecorder::flushKeys()
{
    Entry e;
    e.input.kind = ScenarioInput::Kind::Dtmf;
    if (m_secureEntry) {
        if (!m_secureOdd && isPublished(m_secureKeys.view())) {
            // A published test value: not cardholder data, so it may be written for the replay.
            e.input.text = QString::fromLatin1(m_secureKeys.view().data(), m_secureKeys.size());
            if (m_secureHash) {
                e.input.text += u'#';
            }
        } else {
            e.input.kind = ScenarioInput::Kind::Timeout;
            e.masked = true;
        }
    } else {
        e.input.text = m_plainKeys;
        if (e.input.text.isEmpty()) {
            e.input.kind = ScenarioInput::Kind::Timeout;
        }
    }
    m_entries << e;
    m_plainKeys.clear();
    m_secureKeys.clear();
    m_secureEntry = m_secureHash = m_secureOdd = false;
}

void ScenarioRecorder::entryEnded()
{
    if (!m_ended) {
        flushKeys();
    }
}

void ScenarioRecorder::timedOut()
{
    if (!m_ended) {
        flushKeys();
    }
}

void ScenarioRecorder::said(const QString& utterance, bool sensitive)
{
    if (m_ended) {
        return;
    }
    m_plainKeys.clear();
    m_secureKeys.clear();
    m_secureEntry = m_secureHash = m_secureOdd = false;
    Entry e;
    if (sensitive) {
        // Spoken card data is never written.
        e.input.kind = ScenarioInput::Kind::Timeout;
        e.masked = true;
    } else {
        e.input = ScenarioInput { ScenarioInput::Kind::Say, utterance.trimmed().left(500) };
    }
    m_entries << e;
}

void ScenarioRecorder::hungUp()
{
    if (m_ended) {
        return;
    }
    m_secureKeys.clear();
    m_entries << Entry { ScenarioInput { ScenarioInput::Kind::HangUp, QString() }, false };
    m_ended = true;
}

bool ScenarioRecorder::replayable() const
{
    return maskedInputs().isEmpty();
}

QList<int> ScenarioRecorder::maskedInputs() const
{
    QList<int> out;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).masked) {
            out << int(i);
        }
    }
    return out;
}

Scenario ScenarioRecorder::scenario(const QString& name, const QJsonObject& expect) const
{
    Scenario s;
    s.name = name;
    s.call = m_call;
    s.configOverrides = m_config;
    s.date = m_date;
    for (const Entry& e : m_entries) {
        s.inputs << e.input;
    }
    const QList<int> masked = maskedInputs();
    if (masked.isEmpty()) {
        s.expect = expect;
        s.description = QCoreApplication::translate(
            "voicepay::ui::ScenarioRecorder", "Recorded in the VoicePay console.");
    } else {
        QStringList numbers;
        for (int i : masked) {
            numbers << QString::number(i);
        }
        s.description = QCoreApplication::translate("voicepay::ui::ScenarioRecorder",
            "NOT REPLAYABLE: card data that is not a published test value was keyed; inputs %1 are masked "
            "(written as time-outs).")
                            .arg(numbers.join(QStringLiteral(", ")));
    }
    return s;
}

} // namespace voicepay::ui
