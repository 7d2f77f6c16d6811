// The main window's phone line area: built for the roles that run calls, on the console's store.
#include "phone/phonepanel.h"
#include "shell/mainwindow.h"

#include <QListWidget>

namespace voicepay::ui {

void MainWindow::setUpPhone(const StoreUrl& url)
{
    if (!roleSees(m_user.role, Area::Phone)) {
        return;
    }
    m_phone = new PhonePanel(url, this);
    addArea(Area::Phone, QStringLiteral("phone"), tr("Phone line"), m_phone);
    connect(m_phone, &PhonePanel::status, this, &MainWindow::showMessage);
}

void MainWindow::setPhoneConfig(const FlowConfig& config)
{
    if (m_phone) {
        m_phone->setConfig(config); // the next start of the line takes it
    }
}

QString MainWindow::phoneLoss() const
{
    return m_phone ? m_phone->pendingLoss() : QString();
}

} // namespace voicepay::ui
