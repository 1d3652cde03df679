//! Reading many session files on every core. Each file is independent
//! and reading and replaying it is nearly all the work, so `list`,
//! `check` and the folder folds share one way of spreading it.

use std::sync::atomic::{AtomicUsize, Ordering};

/// `one(0)`, `one(1)`, … `one(count - 1)`, worked out on up to one
/// thread per core (at most 8) and returned in index order, so nothing
/// depends on which thread finished first. Each thread takes the next
/// index nobody has taken rather than a fixed share: a core slowed by
/// other work, or a share of larger files, holds up no one. A panic in
/// `one` is raised again here, as loud as in a single-threaded walk.
pub fn map_in_order<T: Send>(count: usize, one: impl Fn(usize) -> T + Sync) -> Vec<T> {
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get().min(8))
        .min(count);
    // Below a few items a thread costs more than it saves.
    if workers < 2 || count < 8 {
        return (0..count).map(one).collect();
    }
    let next = AtomicUsize::new(0);
    let mut slots: Vec<Option<T>> = std::iter::repeat_with(|| None).take(count).collect();
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        if i >= count {
                            break;
                        }
                        done.push((i, one(i)));
                    }
                    done
                })
            })
            .collect();
        for handle in handles {
            match handle.join() {
                Ok(done) => {
                    for (i, value) in done {
                        slots[i] = Some(value);
                    }
                }
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
    });
    // Every index below `count` was taken by exactly one worker.
    slots.into_iter().flatten().collect()
}

#[cfg(test)]
mod tests {
    use super::map_in_order;

    #[test]
    fn results_come_back_in_index_order_whatever_finishes_first() {
        // Early indexes take longest, so on several threads they finish
        // last; the order must still be the index order.
        let out = map_in_order(40, |i| {
            std::thread::sleep(std::time::Duration::from_millis((40 - i as u64) / 8));
            i * 3
        });
        assert_eq!(out, (0..40).map(|i| i * 3).collect::<Vec<_>>());
        assert_eq!(map_in_order(3, |i| i + 1), vec![1, 2, 3]);
        assert!(map_in_order(0, |i| i).is_empty());
    }

    #[test]
    fn a_panic_in_one_item_reaches_the_caller() {
        let caught = std::panic::catch_unwind(|| {
            map_in_order(20, |i| {
                assert!(i != 13, "item 13 is broken");
                i
            })
        });
        assert!(caught.is_err());
    }
}
