#pragma once

#include <QTimer>
#include <QWidget>

namespace voicepay::ui {

// The DTMF clamp lamp of the agent's view: lit while the engine suppresses the caller's tones on the agent's
// leg, flashing brighter for each tone kept from the agent.
class ClampIndicator : public QWidget
{
    Q_OBJECT
public:
    explicit ClampIndicator(QWidget* parent = nullptr);

    void setClamped(bool on);
    void toneSuppressed();
    bool isLit() const { return m_clamped; }
    bool isFlashing() const { return m_flash.isActive(); }
    int suppressedTones() const { return m_tones; }
    void resetCount();

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    bool m_clamped = false;
    int m_tones = 0;
    QTimer m_flash;
};

} // namespace voicepay::ui
