#pragma once

#include "common/thread_annotations.h"

#include <QtConcurrent/QtConcurrentMap>

namespace traceload {

// QtConcurrent::blockingMap with its fork and join made visible to TSan.
template <typename Sequence, typename Function>
void parallelMap(Sequence& sequence, Function&& function)
{
    int handOff = 0;
    published(&handOff);
    QtConcurrent::blockingMap(sequence, [&](auto& item) {
        received(&handOff);
        function(item);
        published(&handOff);
    });
    received(&handOff);
}

} // namespace traceload
