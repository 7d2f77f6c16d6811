#pragma once

#include "config/flowconfig.h"
#include "phone/phoneline.h"
#include "store/storeurl.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;
class QTextBrowser;

namespace voicepay::ui {

class PhoneCallsFeed;
class PhoneCallsModel;

// The console's "Phone line" area: start and stop voicepay-ivr on a loopback port (PhoneLine), the calls it
// has in progress with the step each is at (read from the KPI store's calls in progress, PhoneCallsFeed), and
// a short guide to calling it from a softphone (PhoneGuide).
class PhonePanel : public QWidget
{
    Q_OBJECT
public:
    PhonePanel(const StoreUrl& storeUrl, QWidget* parent = nullptr);
    ~PhonePanel() override;

    void setConfig(const FlowConfig& config); // the configuration the next start hands to the line
    PhoneLine* line() const { return m_line; }
    PhoneCallsModel* calls() const { return m_model; }
    PhoneCallsFeed* feed() const { return m_feed; }
    QSpinBox* portBox() const { return m_port; }
    // Starts the line with the form's address, port and transports; false (the reason shown) when refused.
    bool startLine();
    void stopLine();
    // What leaving now would end (calls in progress on the line), for the window's Quit and Switch user.
    QString pendingLoss() const;

Q_SIGNALS:
    void status(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    QWidget* buildControls();
    QWidget* buildCalls();
    void showState(PhoneLine::State state);
    void showCalls();
    void updateFeed();

    PhoneLine* m_line;
    PhoneCallsFeed* m_feed;
    PhoneCallsModel* m_model;
    QComboBox* m_address = nullptr;
    QSpinBox* m_port = nullptr;
    QComboBox* m_transport = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_stop = nullptr;
    QLabel* m_lamp = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_callsTitle = nullptr;
    QTableView* m_table = nullptr;
    QTextBrowser* m_guide = nullptr;
};

} // namespace voicepay::ui
