#include "phone/phoneline.h"

#include "config/configreader.h"
#include "widgets/uilog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace voicepay::ui {

namespace {
const QString kPrefix = QStringLiteral("voicepay-ivr: ");
constexpr int kStopWaitMs = 5000; // SIGTERM ends the calls and flushes the store: a few seconds at most

// The store as --db takes it: the console's URL with its TLS settings (never a password: URLs have none).
QString storeArgument(const StoreUrl& url)
{
    QString text = url.displayString();
    QStringList query;
    if (!url.sslMode.isEmpty()) {
        query << QStringLiteral("sslmode=") + url.sslMode;
    }
    if (!url.sslRootCert.isEmpty()) {
        query << QStringLiteral("sslrootcert=") + url.sslRootCert;
    }
    if (url.backend == StoreUrl::Backend::Postgres && !query.isEmpty()) {
        text += u'?' + query.join(u'&');
    }
    return text;
}
} // namespace

PhoneLine::PhoneLine(QObject* parent)
    : QObject(parent)
    , m_program(findProgram())
    , m_process(new QProcess(this))
{
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->setStandardOutputFile(QProcess::nullDevice());
    connect(m_process, &QProcess::readyReadStandardError, this, &PhoneLine::readErrors);
    connect(m_process, &QProcess::finished, this, &PhoneLine::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            setState(State::Failed,
                tr("The phone line program could not be started (%1).").arg(m_process->errorString()));
        }
    });
}

PhoneLine::~PhoneLine()
{
    if (m_process->state() != QProcess::NotRunning) {
        m_process->disconnect(this);
        m_process->terminate();
        if (!m_process->waitForFinished(kStopWaitMs)) {
            m_process->kill();
            m_process->waitForFinished(1000);
        }
    }
}

QString PhoneLine::findProgram()
{
    const QString beside
        = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("voicepay-ivr"));
    if (QFileInfo(beside).isExecutable()) {
        return beside;
    }
#ifdef VOICEPAY_IVR_BUILT
    // The tests run from their own folder of the build tree.
    const QString built = QStringLiteral(VOICEPAY_IVR_BUILT);
    if (QFileInfo(built).isExecutable()) {
        return built;
    }
#endif
    return QString();
}

bool PhoneLine::isLoopback(const QString& address)
{
    const QHostAddress a(address);
    return !a.isNull() && a.isLoopback();
}

QString PhoneLine::stateName(State state)
{
    switch (state) {
    case State::Stopped:
        return tr("Stopped");
    case State::Starting:
        return tr("Starting…");
    case State::Running:
        return tr("Running");
    case State::Stopping:
        return tr("Stopping…");
    case State::Failed:
        return tr("Not running (failed)");
    }
    return QString();
}

bool PhoneLine::start(const QString& address, quint16 port, const QString& transports, QString* error)
{
    auto refuse = [error](const QString& why) {
        *error = why;
        return false;
    };
    if (isActive() || m_state == State::Stopping) {
        return refuse(tr("The phone line is already running."));
    }
    if (m_program.isEmpty()) {
        return refuse(tr("The phone line program (voicepay-ivr) is not installed next to the console."));
    }
    // Calls carry card data: the line answers this computer only unless it is set up otherwise by hand.
    if (!isLoopback(address)) {
        return refuse(
            tr("%1 is not a loopback address: the phone line only answers this computer.").arg(address));
    }
    if (port == 0) {
        return refuse(tr("Choose a port for the phone line."));
    }
    m_dir = std::make_unique<QTemporaryDir>();
    const QString configFile = m_dir->filePath(QStringLiteral("flow.json"));
    QString why;
    if (!m_dir->isValid() || !ConfigReader::saveFile(m_config, configFile, &why)) {
        return refuse(tr("The configuration could not be handed to the phone line: %1").arg(why));
    }
    m_address = address;
    m_port = port;
    m_transports = transports;
    m_lastError.clear();
    m_summary.clear();
    m_pending.clear();
    m_arguments = QStringList { QStringLiteral("--listen"), QStringLiteral("%1:%2").arg(address).arg(port),
        QStringLiteral("--transport"), transports, QStringLiteral("--config"), configFile,
        QStringLiteral("--db"), storeArgument(m_storeUrl) }
        + m_extra;
    setState(State::Starting, tr("Starting the phone line on port %1…").arg(port));
    m_process->start(m_program, m_arguments);
    return true;
}

void PhoneLine::stop()
{
    if (m_process->state() == QProcess::NotRunning) {
        return;
    }
    setState(State::Stopping, tr("Stopping: calls in progress end as hang-ups and are stored…"));
    m_process->terminate(); // SIGTERM: voicepay-ivr ends its calls, stores them and exits
}

void PhoneLine::setState(State state, const QString& status)
{
    m_status = status;
    const bool changed = state != m_state;
    m_state = state;
    if (changed) {
        Q_EMIT stateChanged(state);
    }
    Q_EMIT message(status);
}

void PhoneLine::readErrors()
{
    m_pending += m_process->readAllStandardError();
    qsizetype end = 0;
    while ((end = m_pending.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_pending.left(end)).trimmed();
        m_pending.remove(0, end + 1);
        if (!line.startsWith(kPrefix)) {
            continue; // the gateway's reconciliation lines and the store's warnings: in the program's log
        }
        const QString text = line.mid(kPrefix.size());
        qCInfo(lcUi).noquote() << "phone line:" << text;
        if (text.startsWith(u"listening on ")) {
            setState(State::Running,
                tr("Answering calls on %1, port %2 (%3).")
                    .arg(m_address)
                    .arg(m_port)
                    .arg(m_transports.toUpper().replace(u',', u'+')));
        } else if (text.contains(u" calls answered")) {
            m_summary = text;
        } else if (!text.startsWith(u"no ")) { // "no fr-FR prompt set": calls go on, in silence
            m_lastError = text;
        }
    }
}

void PhoneLine::onFinished(int exitCode, QProcess::ExitStatus status)
{
    readErrors();
    static const QRegularExpression answered(QStringLiteral("^(\\d+) calls answered"));
    const QRegularExpressionMatch m = answered.match(m_summary);
    const int calls = m.hasMatch() ? m.captured(1).toInt() : 0;
    if (m_state == State::Stopping && status == QProcess::NormalExit && exitCode == 0) {
        setState(State::Stopped, tr("The phone line is stopped; it answered %n call(s).", nullptr, calls));
        return;
    }
    if (m_state == State::Stopping) {
        setState(State::Stopped, tr("The phone line is stopped."));
        return;
    }
    const QString why = m_lastError.isEmpty()
        ? tr("The phone line program ended unexpectedly (exit code %1).").arg(exitCode)
        : plainWords(m_lastError, m_port);
    setState(State::Failed, why);
}

// What voicepay-ivr prints, as a person at the console needs to read it.
QString PhoneLine::plainWords(const QString& line, quint16 port)
{
    if (line.contains(u"Address already in use")) {
        return tr("Port %1 is already in use by another program: choose another port.").arg(port);
    }
    if (line.contains(u"Permission denied")) {
        return tr("Port %1 may not be used by the console: choose a port from 1024 up.").arg(port);
    }
    if (line.contains(u"Cannot assign requested address")) {
        return tr("This computer has no such address to answer calls on.");
    }
    if (line.startsWith(u"--db: ")) {
        return tr("The phone line cannot open the KPI store: %1").arg(line.mid(6));
    }
    return tr("The phone line stopped: %1").arg(line);
}

} // namespace voicepay::ui
