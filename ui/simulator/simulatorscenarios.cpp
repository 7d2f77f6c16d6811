// The simulator page's scenario files: a finished call saved as a scenario, and a scenario opened and
// replayed one answer at a time through the call session.
#include "simulator/callsession.h"
#include "simulator/callsetupwidget.h"
#include "simulator/simulatorpage.h"
#include "widgets/uilog.h"

#include <QFileDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>

namespace voicepay::ui {

QString SimulatorPage::scenarioName() const
{
    const PaymentFlow* flow = m_session->flow();
    return flow ? QStringLiteral("console %1 %2")
                      .arg(callTypeName(flow->context().callType), outcomeName(flow->result().outcome))
                : QString();
}

bool SimulatorPage::saveScenario(const QString& path, QString* error)
{
    const PaymentFlow* flow = m_session->flow();
    if (!flow || !flow->isFinished()) {
        if (error) {
            *error = tr("Only a finished call can be saved.");
        }
        return false;
    }
    const CallResult& r = flow->result();
    const QJsonObject expect { { QStringLiteral("outcome"), outcomeName(r.outcome) },
        { QStringLiteral("exit"), callExitName(r.exit) }, { QStringLiteral("attempts"), r.attempts },
        { QStringLiteral("declines"), r.declines }, { QStringLiteral("lastStep"), r.lastStep } };
    const Scenario s = m_session->recorder().scenario(scenarioName(), expect);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error) {
            *error = file.errorString();
        }
        return false;
    }
    file.write(QJsonDocument(s.toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error) {
            *error = file.errorString();
        }
        return false;
    }
    qCInfo(lcUi) << "scenario saved" << path << "replayable" << m_session->recorder().replayable();
    return true;
}

void SimulatorPage::saveScenarioInteractive()
{
    const PaymentFlow* flow = m_session->flow();
    if (!flow || !flow->isFinished()) {
        QMessageBox::information(
            this, tr("Save call as scenario"), tr("Finish a call first: only a finished call can be saved."));
        return;
    }
    if (!m_session->recorder().replayable()) {
        const auto answer = QMessageBox::warning(this, tr("Save call as scenario"),
            tr("Card data was keyed that is not one of the kit's published test cards. It is never written "
               "to a "
               "file: those inputs will be saved as time-outs and the scenario marked as not replayable.\n\n"
               "Use the test-card kit to record a scenario that replays."),
            QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Save) {
            return;
        }
    } else {
        QMessageBox::information(this, tr("Save call as scenario"),
            tr("The scenario will contain the keys pressed, including the published test card values of the "
               "kit, so "
               "that `voicepay-sim run` can replay it."));
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save call as scenario"), QString(), tr("Scenario files (*.json)"));
    if (path.isEmpty()) {
        return;
    }
    QString why;
    if (!saveScenario(path, &why)) {
        QMessageBox::warning(this, tr("Save call as scenario"), why);
        return;
    }
    emit status(tr("Scenario saved to %1").arg(path));
}

bool SimulatorPage::openScenario(const QString& path, QString* error)
{
    auto scenario = Scenario::fromFile(path, error);
    if (!scenario) {
        return false;
    }
    m_replay = *scenario;
    m_replayIndex = 0;
    m_setup->setContext(scenario->call);
    if (!startCall(error)) {
        m_replay.reset();
        return false;
    }
    emit status(tr("Scenario %1 opened: %2 inputs to replay")
                    .arg(scenario->name.isEmpty() ? path : scenario->name)
                    .arg(scenario->inputs.size()));
    refreshState();
    return true;
}

void SimulatorPage::openScenarioInteractive()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Open scenario"), QString(), tr("Scenario files (*.json)"));
    if (path.isEmpty()) {
        return;
    }
    QString why;
    if (!openScenario(path, &why)) {
        QMessageBox::warning(this, tr("Open scenario"), why);
    }
}

bool SimulatorPage::replayNext()
{
    if (!m_replay || !m_session->isCollecting() || m_replayIndex >= m_replay->inputs.size()) {
        return false;
    }
    m_session->replay(m_replay->inputs.at(m_replayIndex++));
    refreshState();
    return true;
}

void SimulatorPage::replayAll()
{
    while (replayNext()) { }
}

} // namespace voicepay::ui
