#pragma once

#include "stage_page.h"

namespace traceload {

// A stage whose page is not built yet: says what it will do and what to use meanwhile.
class PlaceholderPage : public StagePage
{
    Q_OBJECT
public:
    PlaceholderPage(Stage stage, const QString& description, Pipeline* pipeline,
                    StageJobRunner* jobs, QWidget* parent = nullptr);

protected:
    void refresh() override {}
};

} // namespace traceload
