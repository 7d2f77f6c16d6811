#include "consolestore.h"

#include "uilog.h"

#include <QDir>
#include <QFileInfo>

namespace voicepay::ui {

ConsoleStore::ConsoleStore(StoreUrl url, QObject* parent)
    : QObject(parent)
    , m_url(std::move(url))
{
}

ConsoleStore::~ConsoleStore() = default;

bool ConsoleStore::open(QString* error)
{
    if (m_url.backend == StoreUrl::Backend::Sqlite) {
        QDir().mkpath(QFileInfo(m_url.path).absolutePath());
    }
    // The console's own calls count on the live tiles within a fraction of a second.
    m_store.setBatchLimits(200, 100);
    if (!m_store.open(m_url, error)) {
        qCWarning(lcUi) << "KPI store not available:" << m_url.displayString();
        return false;
    }
    m_recorder = std::make_unique<StoreRecorder>(m_store);
    return true;
}

void ConsoleStore::callStarted(const PaymentFlow& flow)
{
    if (m_recorder) {
        m_recorder->callStarted(flow, 0);
    }
}

void ConsoleStore::callEnded(const PaymentFlow& flow, qint64 atMs)
{
    if (m_recorder) {
        m_recorder->callEnded(flow, atMs);
    }
}

} // namespace voicepay::ui
