#pragma once

#include <QTimer>
#include <QWidget>

namespace voicepay::ui {

// The DTMF clamp lamp of the agent's view: a large lamp lit while the engine suppresses the caller's tones on
// the agent's leg, flashing brighter for each tone kept from the agent, and beside it in plain words what
// that means for the agent (who cannot hear the keys) with the count of keys kept from them.
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

    QString text() const; // the words beside the lamp

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    static constexpr int lampSize = 44;
    QRect textRect(int width) const;

private:
    bool m_clamped = false;
    int m_tones = 0;
    QTimer m_flash;
};

} // namespace voicepay::ui
