//! A list whose copies share what did not change.
//!
//! The meeting state keeps its long lists (agenda items, rounds, outputs,
//! rulings, notes) in a [`SharedVec`]: each element sits behind its own
//! shared pointer, in chunks of [`CHUNK`] pointers that are shared too.
//! Copying a list copies one pointer per chunk; changing an element copies
//! that element and the pointers of its chunk, and only when another copy
//! still holds them. So a copy of a state that has grown through a long
//! meeting is nearly free, and a copy folded on by a few entries owns only
//! what those entries changed. Replay relies on this: it keeps many
//! checkpoints of a long session and steps back by copying one and folding
//! forward a few entries.
//!
//! It reads like a `Vec` (indexing, `iter`, `len`, `first`, `last`) and
//! serialises exactly like one. It does not give out a slice, since its
//! elements are not stored side by side.

use std::fmt;
use std::ops::{Index, IndexMut};
use std::sync::Arc;

use serde::{Serialize, Serializer};

/// Elements per chunk, a power of two: a change copies at most this many
/// pointers, and a copy of the list one pointer per this many elements.
pub const CHUNK: usize = 1 << SHIFT;
const SHIFT: usize = 6;
const MASK: usize = CHUNK - 1;

/// A list that shares unchanged elements with its copies (see the module
/// documentation). Every chunk but the last holds exactly [`CHUNK`]
/// elements and none is empty, so two lists of the same length are cut the
/// same way.
pub struct SharedVec<T> {
    chunks: Vec<Arc<Vec<Arc<T>>>>,
    len: usize,
}

impl<T> SharedVec<T> {
    /// An empty list.
    pub const fn new() -> Self {
        Self {
            chunks: Vec::new(),
            len: 0,
        }
    }

    /// How many elements.
    pub fn len(&self) -> usize {
        self.len
    }

    /// True with no elements.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The element at `index`, if there is one.
    pub fn get(&self, index: usize) -> Option<&T> {
        (index < self.len).then(|| &*self.chunks[index >> SHIFT][index & MASK])
    }

    /// The first element.
    pub fn first(&self) -> Option<&T> {
        self.get(0)
    }

    /// The last element.
    pub fn last(&self) -> Option<&T> {
        self.len.checked_sub(1).and_then(|i| self.get(i))
    }

    /// The elements in order; double-ended and of known length, like a
    /// slice's.
    pub fn iter(&self) -> Iter<'_, T> {
        Iter {
            list: self,
            front: 0,
            back: self.len,
        }
    }

    /// Adds an element at the end.
    pub fn push(&mut self, value: T) {
        self.push_shared(Arc::new(value));
    }

    fn push_shared(&mut self, value: Arc<T>) {
        if self.len & MASK == 0 {
            let mut chunk = Vec::with_capacity(CHUNK);
            chunk.push(value);
            self.chunks.push(Arc::new(chunk));
        } else if let Some(last) = self.chunks.last_mut() {
            Arc::make_mut(last).push(value);
        }
        self.len += 1;
    }

    /// The pointers from the chunk holding `index` to the end, taken out
    /// of the list (which keeps the chunks before it), so a change in the
    /// middle moves pointers and never copies an element.
    fn take_tail(&mut self, index: usize) -> Vec<Arc<T>> {
        let from = index >> SHIFT;
        let mut tail = Vec::with_capacity(self.len - (from << SHIFT) + 1);
        for chunk in self.chunks.drain(from..) {
            match Arc::try_unwrap(chunk) {
                Ok(owned) => tail.extend(owned),
                Err(shared) => tail.extend(shared.iter().cloned()),
            }
        }
        self.len = from << SHIFT;
        tail
    }

    fn put_tail(&mut self, tail: Vec<Arc<T>>) {
        for value in tail {
            self.push_shared(value);
        }
    }

    /// Moves the element at `from` to `to` (an index in the list without
    /// it, as `Vec::remove` then `Vec::insert` would), sharing it as it
    /// was.
    ///
    /// # Panics
    /// If `from` is out of bounds or `to` is past the end of the shortened
    /// list, as `Vec`'s would.
    pub fn relocate(&mut self, from: usize, to: usize) {
        assert!(from < self.len, "relocate from {from} of {}", self.len);
        assert!(to < self.len, "relocate to {to} of {}", self.len - 1);
        if from == to {
            return;
        }
        let start = from.min(to) & !MASK;
        let mut tail = self.take_tail(start);
        let moved = tail.remove(from - start);
        tail.insert(to - start, moved);
        self.put_tail(tail);
    }

    /// Inserts an element at `index`, shifting the rest up.
    ///
    /// # Panics
    /// If `index` is past the end, as `Vec::insert` would.
    pub fn insert(&mut self, index: usize, value: T) {
        assert!(index <= self.len, "insert at {index} of {}", self.len);
        if index == self.len {
            self.push(value);
            return;
        }
        let start = index & !MASK;
        let mut tail = self.take_tail(index);
        tail.insert(index - start, Arc::new(value));
        self.put_tail(tail);
    }

    /// Keeps only the elements `keep` says yes to, in order. A list where
    /// every element stays is not touched (nothing is copied).
    pub fn retain(&mut self, mut keep: impl FnMut(&T) -> bool) {
        let Some(first_out) = self.iter().position(|v| !keep(v)) else {
            return;
        };
        let start = first_out & !MASK;
        let tail = self.take_tail(first_out);
        // `keep` was already asked about everything before `first_out`
        // (all kept) and said no to `first_out`; it is asked once more
        // only about the elements after it.
        let kept: Vec<Arc<T>> = tail
            .into_iter()
            .enumerate()
            .filter(|(i, v)| {
                let at = start + i;
                at < first_out || (at > first_out && keep(v))
            })
            .map(|(_, v)| v)
            .collect();
        self.put_tail(kept);
    }

    /// Roughly how many bytes this list holds that `earlier` (a copy it was
    /// folded on from) does not share with it: its own pointers, each
    /// chunk it had to copy, and each element it changed, sized by `size`.
    /// Elements past `earlier`'s end are new rather than copies and are
    /// not counted: whatever is folded on from here shares them.
    pub fn unshared_bytes(&self, earlier: &Self, mut size: impl FnMut(&T) -> usize) -> usize {
        const POINTER: usize = std::mem::size_of::<usize>();
        // An `Arc`'s two counters before its value.
        const HEADER: usize = 2 * POINTER;
        let mut bytes = self.chunks.capacity() * POINTER;
        for (c, chunk) in self.chunks.iter().enumerate() {
            let before = earlier.chunks.get(c);
            if before.is_some_and(|b| Arc::ptr_eq(b, chunk)) {
                continue;
            }
            bytes += HEADER + 3 * POINTER + chunk.capacity() * POINTER;
            for (i, value) in chunk.iter().enumerate() {
                match before.and_then(|b| b.get(i)) {
                    Some(old) if !Arc::ptr_eq(old, value) => bytes += HEADER + size(value),
                    _ => {}
                }
            }
        }
        bytes
    }

    /// A `Vec` of the elements, cloned.
    pub fn to_vec(&self) -> Vec<T>
    where
        T: Clone,
    {
        self.iter().cloned().collect()
    }
}

impl<T: Clone> SharedVec<T> {
    /// The element at `index` to change, if there is one. Copies the
    /// element (and its chunk's pointers) only if another copy of the list
    /// still shares it.
    pub fn get_mut(&mut self, index: usize) -> Option<&mut T> {
        if index >= self.len {
            return None;
        }
        let chunk = Arc::make_mut(&mut self.chunks[index >> SHIFT]);
        Some(Arc::make_mut(&mut chunk[index & MASK]))
    }

    /// The last element to change.
    pub fn last_mut(&mut self) -> Option<&mut T> {
        self.len.checked_sub(1).and_then(|i| self.get_mut(i))
    }

    /// Removes the element at `index`, shifting the rest down.
    ///
    /// # Panics
    /// If `index` is out of bounds, as `Vec::remove` would.
    pub fn remove(&mut self, index: usize) -> T {
        assert!(index < self.len, "remove at {index} of {}", self.len);
        let start = index & !MASK;
        let mut tail = self.take_tail(index);
        let removed = tail.remove(index - start);
        self.put_tail(tail);
        Arc::unwrap_or_clone(removed)
    }
}

impl<T> Clone for SharedVec<T> {
    /// One pointer copied per chunk: the copy shares every element.
    fn clone(&self) -> Self {
        Self {
            chunks: self.chunks.clone(),
            len: self.len,
        }
    }
}

impl<T> Default for SharedVec<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T: fmt::Debug> fmt::Debug for SharedVec<T> {
    /// Written as a `Vec` would be.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl<T: PartialEq> PartialEq for SharedVec<T> {
    fn eq(&self, other: &Self) -> bool {
        // Same length means the same cut into chunks; shared chunks and
        // elements are equal without looking inside.
        self.len == other.len
            && self.chunks.iter().zip(&other.chunks).all(|(a, b)| {
                Arc::ptr_eq(a, b)
                    || a.iter()
                        .zip(b.iter())
                        .all(|(x, y)| Arc::ptr_eq(x, y) || **x == **y)
            })
    }
}

impl<T: Eq> Eq for SharedVec<T> {}

impl<T: PartialEq> PartialEq<Vec<T>> for SharedVec<T> {
    fn eq(&self, other: &Vec<T>) -> bool {
        self.len == other.len() && self.iter().eq(other.iter())
    }
}

impl<T> Index<usize> for SharedVec<T> {
    type Output = T;

    fn index(&self, index: usize) -> &T {
        match self.get(index) {
            Some(value) => value,
            None => panic!("index {index} out of a list of {}", self.len),
        }
    }
}

impl<T: Clone> IndexMut<usize> for SharedVec<T> {
    fn index_mut(&mut self, index: usize) -> &mut T {
        let len = self.len;
        match self.get_mut(index) {
            Some(value) => value,
            None => panic!("index {index} out of a list of {len}"),
        }
    }
}

impl<T> FromIterator<T> for SharedVec<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        let mut list = Self::new();
        for value in iter {
            list.push(value);
        }
        list
    }
}

impl<T> From<Vec<T>> for SharedVec<T> {
    fn from(values: Vec<T>) -> Self {
        values.into_iter().collect()
    }
}

impl<T> Extend<T> for SharedVec<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        for value in iter {
            self.push(value);
        }
    }
}

impl<T: Serialize> Serialize for SharedVec<T> {
    /// Exactly as a `Vec` of the same elements.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

impl<'a, T> IntoIterator for &'a SharedVec<T> {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;

    fn into_iter(self) -> Iter<'a, T> {
        self.iter()
    }
}

/// The elements of a [`SharedVec`] in order.
#[derive(Debug)]
pub struct Iter<'a, T> {
    list: &'a SharedVec<T>,
    front: usize,
    back: usize,
}

impl<T> Clone for Iter<'_, T> {
    fn clone(&self) -> Self {
        Self {
            list: self.list,
            front: self.front,
            back: self.back,
        }
    }
}

impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;

    fn next(&mut self) -> Option<&'a T> {
        if self.front >= self.back {
            return None;
        }
        let value = &*self.list.chunks[self.front >> SHIFT][self.front & MASK];
        self.front += 1;
        Some(value)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.back - self.front;
        (n, Some(n))
    }

    fn nth(&mut self, n: usize) -> Option<&'a T> {
        self.front = self.front.saturating_add(n).min(self.back);
        self.next()
    }
}

impl<T> DoubleEndedIterator for Iter<'_, T> {
    fn next_back(&mut self) -> Option<Self::Item> {
        if self.front >= self.back {
            return None;
        }
        self.back -= 1;
        Some(&*self.list.chunks[self.back >> SHIFT][self.back & MASK])
    }
}

impl<T> ExactSizeIterator for Iter<'_, T> {}

impl<T> std::iter::FusedIterator for Iter<'_, T> {}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(list: &SharedVec<u32>, model: &[u32]) {
        assert_eq!(list.len(), model.len());
        assert_eq!(list.iter().copied().collect::<Vec<_>>(), model);
        assert_eq!(list.iter().rev().copied().collect::<Vec<_>>(), {
            let mut r = model.to_vec();
            r.reverse();
            r
        });
        // The chunks are cut canonically: full ones, then the rest.
        for (i, chunk) in list.chunks.iter().enumerate() {
            let expected = (model.len() - i * CHUNK).min(CHUNK);
            assert_eq!(chunk.len(), expected);
        }
    }

    #[test]
    fn behaves_like_a_vec_through_every_change_and_leaves_copies_alone() {
        let mut rng = fastrand::Rng::with_seed(7);
        let mut list = SharedVec::new();
        let mut model: Vec<u32> = Vec::new();
        let mut copies: Vec<(SharedVec<u32>, Vec<u32>)> = Vec::new();
        for step in 0..4_000u32 {
            match rng.usize(..10) {
                0..=3 => {
                    list.push(step);
                    model.push(step);
                }
                4 if !model.is_empty() => {
                    let i = rng.usize(..model.len());
                    list[i] = step;
                    model[i] = step;
                }
                5 => {
                    let i = rng.usize(..=model.len());
                    list.insert(i, step);
                    model.insert(i, step);
                }
                6 if !model.is_empty() => {
                    let i = rng.usize(..model.len());
                    assert_eq!(list.remove(i), model.remove(i));
                }
                7 if !model.is_empty() => {
                    let (from, to) = (rng.usize(..model.len()), rng.usize(..model.len()));
                    list.relocate(from, to);
                    let moved = model.remove(from);
                    model.insert(to, moved);
                }
                8 => {
                    let m = rng.u32(2..40);
                    list.retain(|v| v % m != 0);
                    model.retain(|v| v % m != 0);
                }
                _ => copies.push((list.clone(), model.clone())),
            }
            check(&list, &model);
        }
        for (copy, model) in &copies {
            check(copy, model);
            assert!(*copy == *model);
        }
        let rebuilt: SharedVec<u32> = model.iter().copied().collect();
        assert!(list == rebuilt);
        assert_eq!(format!("{list:?}"), format!("{model:?}"));
        assert_eq!(
            serde_json::to_string(&list).ok(),
            serde_json::to_string(&model).ok()
        );
    }

    #[test]
    fn a_copy_shares_every_element_until_one_changes() {
        let list: SharedVec<String> = (0..200).map(|i| i.to_string()).collect();
        let mut copy = list.clone();
        assert!(Arc::ptr_eq(&list.chunks[1], &copy.chunks[1]));
        copy[70] = "changed".into();
        // The changed element's chunk was copied; the others are shared.
        assert!(!Arc::ptr_eq(&list.chunks[1], &copy.chunks[1]));
        assert!(Arc::ptr_eq(&list.chunks[0], &copy.chunks[0]));
        assert!(Arc::ptr_eq(
            &list.chunks[1][71 - CHUNK],
            &copy.chunks[1][71 - CHUNK]
        ));
        assert_eq!(list[70], "70");
        assert_eq!(copy[70], "changed");
        assert!(list != copy);
        // Retaining everything copies nothing.
        copy.retain(|_| true);
        assert!(Arc::ptr_eq(&list.chunks[2], &copy.chunks[2]));
    }

    #[test]
    fn reads_past_the_end_are_none() {
        let list: SharedVec<u8> = vec![1, 2, 3].into();
        assert_eq!(list.get(3), None);
        assert_eq!(list.first(), Some(&1));
        assert_eq!(list.last(), Some(&3));
        let empty: SharedVec<u8> = SharedVec::default();
        assert_eq!((empty.first(), empty.last(), empty.len()), (None, None, 0));
        assert_eq!(list.iter().nth(1), Some(&2));
        assert_eq!(list.iter().len(), 3);
    }
}
