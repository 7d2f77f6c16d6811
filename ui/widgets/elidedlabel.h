#pragma once

#include <QLabel>

namespace voicepay::ui {

// A one-line label that shortens its text with "…" when it gets less room than the text needs, and shows the
// whole text as its tooltip then; its minimum width is a few characters, so that a long store path or a long
// translation does not make the window wider than the screen.
class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget* parent = nullptr);

    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
};

} // namespace voicepay::ui
