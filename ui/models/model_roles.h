#pragma once

#include <Qt>

namespace traceload {

// Roles shared by the item models of ui/models/.
//
// Numeric columns return a formatted QString for Qt::DisplayRole (so that every view shows
// the same precision and digit grouping) and the plain number for SortRole; views sort
// through FunctionFilterModel, which compares SortRole. A missing value (a percentile the
// function lacks) has an empty display and an invalid SortRole, and sorts last in either
// order.
namespace roles {
enum : int
{
    SortRole = Qt::UserRole, // number (double / qulonglong / bool) or text of any column
    FullIdRole,              // the row's full identifier (trace id, proxy name), any column
    FilterTextRole,          // what a text filter searches in this row, any column
    TriggerRole,             // trace functions only; invalid for rows without a trigger
    // Optional: SortRole's order as one precomputed double (a text's rank, NaN for a missing
    // value), for models whose text columns are too long to rank at every sort.
    SortKeyRole,
};
} // namespace roles

} // namespace traceload
