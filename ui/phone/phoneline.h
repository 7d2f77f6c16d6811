#pragma once

#include "config/flowconfig.h"
#include "store/storeurl.h"

#include <QObject>
#include <QProcess>
#include <QStringList>
#include <memory>

class QTemporaryDir;

namespace voicepay::ui {

// The console's phone line: voicepay-ivr run as a child process on a loopback address, with the console's
// configuration (written to a private file at each start) and its KPI store, so that the calls it answers are
// stored with the console's own. Stopping it sends SIGTERM: calls in progress end as hang-ups and are stored.
// What the program prints about a failure (a port in use, a store it cannot open) comes back in plain words.
class PhoneLine : public QObject
{
    Q_OBJECT
public:
    enum class State { Stopped, Starting, Running, Stopping, Failed };
    Q_ENUM(State)

    explicit PhoneLine(QObject* parent = nullptr);
    ~PhoneLine() override; // stops the endpoint, waiting a few seconds for its calls to be stored

    // voicepay-ivr next to the running program, else the one of the build tree; empty when there is none.
    static QString findProgram();
    static bool isLoopback(const QString& address);

    void setProgram(const QString& path) { m_program = path; }
    QString program() const { return m_program; }
    void setConfig(const FlowConfig& config) { m_config = config; }
    void setStoreUrl(const StoreUrl& url) { m_storeUrl = url; }
    // Passed as they are (--prompts DIR, --rtp-ports LOW-HIGH, ...): for tests and special set-ups.
    void setExtraArguments(const QStringList& args) { m_extra = args; }

    // Starts the endpoint on address:port (a loopback address) with "udp" or "udp,tcp"; false with the reason
    // in plain words when it cannot even start (the state and message() say what happens next).
    bool start(const QString& address, quint16 port, const QString& transports, QString* error);
    // SIGTERM; the state goes Stopping, then Stopped when the program has stored its calls and exited.
    void stop();
    State state() const { return m_state; }
    bool isActive() const { return m_state == State::Starting || m_state == State::Running; }
    QString address() const { return m_address; }
    quint16 port() const { return m_port; }
    QString transports() const { return m_transports; }
    QStringList arguments() const { return m_arguments; }
    // The last thing the line said about itself, in plain words.
    QString statusText() const { return m_status; }
    static QString stateName(State state);

Q_SIGNALS:
    void stateChanged(voicepay::ui::PhoneLine::State state);
    void message(const QString& text); // a change worth telling, in plain words

private:
    void setState(State state, const QString& status);
    void readErrors();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    static QString plainWords(const QString& line, quint16 port);

    QString m_program;
    FlowConfig m_config;
    StoreUrl m_storeUrl;
    QStringList m_extra;
    QProcess* m_process;
    std::unique_ptr<QTemporaryDir> m_dir;
    State m_state = State::Stopped;
    QString m_address;
    quint16 m_port = 0;
    QString m_transports;
    QStringList m_arguments;
    QString m_status;
    QString m_lastError; // the program's last complaint, as printed
    QString m_summary; // "N calls answered; ..." when it stopped
    QByteArray m_pending; // standard error not yet a whole line
};

} // namespace voicepay::ui
