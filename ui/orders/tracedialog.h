#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class TraceDialog;
}

namespace linkdesk {

struct StagedOrder;

// The steps that matched (or failed to match) one staged order, in plain sentences.
class TraceDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TraceDialog)
public:
    explicit TraceDialog(const StagedOrder& order, QWidget* parent = nullptr);
    ~TraceDialog() override;

private:
    std::unique_ptr<Ui::TraceDialog> m_ui;
};

} // namespace linkdesk
