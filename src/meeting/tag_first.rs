//! One declaration, two readers. An internally tagged enum
//! (`{"type": "note_recorded", "text": …}`, `{"kind": "said", "text": …}`)
//! is read by serde by copying the whole object into a buffer of its own
//! before it looks at the tag (serde-rs/serde issue 1495, pull request
//! 1922, both open). A reader that has already found the tag can do
//! better: read the variant it names straight from the input. serde does
//! that for externally tagged enums, so [`tag_first!`] declares the enum
//! once and derives, beside it, a `remote` copy without the tag attribute
//! whose reader does exactly that: [`Tagged`] hands it the tag and
//! [`Rest`] the rest of the object. Both come from the same text, with the
//! same variant and field attributes, so a variant or field added to the
//! enum is in both, and there is nothing to keep in step by hand. The copy
//! is never constructed: its derived reader builds the real enum.
//!
//! Spanning always writes the tag first. For [`Event`](super::Event) the
//! store reads `seq`, `at` and `type` itself (`store::fast`) and uses the
//! pieces here for the rest. An enum nested inside events (such as
//! [`Speech`](super::Speech)) gets its whole `Deserialize` from
//! [`tag_first!`]: when the tag is the object's first key the variant is
//! read straight away; any other object (another key order, an empty one)
//! or a sequence goes, with what was read replayed in front ([`Replay`]),
//! to serde's own internally tagged reader, derived from the same text.
//! Either way the value and the error are serde's own: see [`read`] for
//! how the errors stay the same.

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use serde::Deserialize;
use serde::de::value::{
    BorrowedStrDeserializer, MapAccessDeserializer, SeqAccessDeserializer, StringDeserializer,
    U64Deserializer,
};
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, Visitor};

/// Declares an enum of unit and struct variants, then the mirror named
/// after `mirror`: the same variants and fields with their attributes,
/// under the mirror's own attributes (which give `remote` and the
/// renaming, without the tag). The enum's text inside the invocation is
/// written exactly as a plain declaration would be.
///
/// With a `general` declaration and the tag's name after it, the enum
/// (which then derives no `Deserialize` of its own) also gets a third
/// copy under the `general` attributes (`remote`, the renaming and the
/// tag: serde's own internally tagged reader) and a `Deserialize` that
/// reads tag-first through the mirror and falls back on that copy (see
/// [`read`]).
macro_rules! tag_first {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident $body:tt
        $(#[$mirror_meta:meta])*
        mirror $mirror_vis:vis enum $mirror:ident;
        $(
            $(#[$general_meta:meta])*
            general $general_vis:vis enum $general:ident;
            tag $tag:literal;
        )?
    ) => {
        $crate::meeting::tag_first::tag_first!(@unit_or_struct $body);

        $(#[$meta])*
        $vis enum $name $body

        $(#[$mirror_meta])*
        #[allow(dead_code, reason = "only its derived reader is used; it builds the enum itself")]
        $mirror_vis enum $mirror $body

        $(
            $(#[$general_meta])*
            #[allow(dead_code, reason = "only its derived reader is used; it builds the enum itself")]
            $general_vis enum $general $body

            impl<'de> $crate::meeting::tag_first::TagFirst<'de> for $name {
                const TAG: &'static str = $tag;
                const EXPECTING: &'static str =
                    concat!("internally tagged enum ", stringify!($name));
                fn by_tag<D: ::serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                    $mirror::deserialize(d)
                }
                fn general<D: ::serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                    $general::deserialize(d)
                }
            }

            impl<'de> ::serde::Deserialize<'de> for $name {
                fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                    $crate::meeting::tag_first::read(d)
                }
            }
        )?
    };
    // Only unit and struct variants: the tag-first reader reads no other
    // kind (serde's internally tagged reader also takes newtype variants).
    (@unit_or_struct {
        $(
            $(#[$variant_meta:meta])*
            $variant:ident $({
                $(
                    $(#[$field_meta:meta])*
                    $field:ident : $ty:ty
                ),* $(,)?
            })?
        ),* $(,)?
    }) => {};
}

pub(crate) use tag_first;

/// An internally tagged enum that [`tag_first!`] gave its two readers.
pub(crate) trait TagFirst<'de>: Sized {
    /// The tag's key.
    const TAG: &'static str;
    /// What serde's internally tagged reader says it expected.
    const EXPECTING: &'static str;
    /// The mirror's (externally tagged) reader: given a [`Tagged`], it
    /// reads the variant the tag names straight from the rest.
    fn by_tag<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error>;
    /// serde's own internally tagged reader, for everything else.
    fn general<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error>;
}

/// Reads `T` as serde's internally tagged reader does, without its buffer
/// when the tag comes first.
///
/// The values are the same because both readers are derived from one
/// declaration. The errors are the same too: serde's reader first copies
/// the whole object (failing on a second tag) and then reads the variant
/// from the copy, so a second tag anywhere is the error even when a field
/// before it is wrong. Reading straight through, a field's error comes
/// first; so after one, the rest of the object is read to look for a
/// second tag, and that is the error if there is one. For input serde has
/// already buffered (which is how an enum nested in an internally tagged
/// one is always read), that gives exactly serde's error. Straight from a
/// JSON text, where a broken field leaves the parser mid-value, it is
/// still an error, but not always the same one.
pub(crate) fn read<'de, T: TagFirst<'de>, D: Deserializer<'de>>(d: D) -> Result<T, D::Error> {
    d.deserialize_any(TagFirstVisitor(PhantomData))
}

/// [`read`]'s visitor: an object or a sequence, like serde's own.
struct TagFirstVisitor<T>(PhantomData<T>);

impl<'de, T: TagFirst<'de>> Visitor<'de> for TagFirstVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(T::EXPECTING)
    }

    fn visit_seq<S: de::SeqAccess<'de>>(self, seq: S) -> Result<T, S::Error> {
        T::general(SeqAccessDeserializer::new(seq))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
        match map.next_key::<Text<'de>>()? {
            Some(key) if key.0 == T::TAG => {
                read_tagged(&mut map, &[T::TAG], |tagged| T::by_tag(tagged))
            }
            key => T::general(MapAccessDeserializer::new(Replay::new(
                Vec::new(),
                key,
                map,
            ))),
        }
    }
}

/// A key or string value, borrowed from the input when it has no escapes.
pub(crate) struct Text<'de>(pub(crate) Cow<'de, str>);

impl<'de> Deserialize<'de> for Text<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct TextVisitor;
        impl<'de> Visitor<'de> for TextVisitor {
            type Value = Text<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Borrowed(v)))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Owned(v.to_owned())))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Owned(v)))
            }
        }
        d.deserialize_str(TextVisitor)
    }
}

impl<'de> Text<'de> {
    /// Hands the text to a seed as the string it was.
    fn replay<S: DeserializeSeed<'de>, E: de::Error>(self, seed: S) -> Result<S::Value, E> {
        match self.0 {
            Cow::Borrowed(s) => seed.deserialize(BorrowedStrDeserializer::new(s)),
            Cow::Owned(s) => seed.deserialize(StringDeserializer::new(s)),
        }
    }
}

/// Reads, with a mirror's reader `by_tag`, the object in `map` whose tag
/// key was just read (its value is next). `reserved` are the keys the
/// object may not hold again (the tag, and for an event `seq` and `at`).
/// On an error, see [`read`].
pub(crate) fn read_tagged<'de, A, T>(
    map: &mut A,
    reserved: &'static [&'static str],
    by_tag: impl FnOnce(Tagged<'_, '_, A>) -> Result<T, A::Error>,
) -> Result<T, A::Error>
where
    A: MapAccess<'de>,
{
    let mut rest = Rest {
        map,
        reserved,
        tag_read: false,
        value_pending: false,
        ended: false,
        duplicate: false,
    };
    match by_tag(Tagged { rest: &mut rest }) {
        Ok(value) => Ok(value),
        Err(error) => Err(rest.first_error(error)),
    }
}

/// An object whose tag key was read: the variant its value names, for a
/// mirror's derived (externally tagged) reader, with the rest of the
/// object as the variant's fields.
pub(crate) struct Tagged<'r, 'm, A> {
    rest: &'r mut Rest<'m, A>,
}

impl<'de, A: MapAccess<'de>> Deserializer<'de> for Tagged<'_, '_, A> {
    type Error = A::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, A::Error> {
        visitor.visit_enum(self)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf option unit unit_struct newtype_struct seq tuple
        tuple_struct map struct enum identifier ignored_any
    }
}

impl<'de, 'r, 'm, A: MapAccess<'de>> de::EnumAccess<'de> for Tagged<'r, 'm, A> {
    type Error = A::Error;
    type Variant = &'r mut Rest<'m, A>;

    /// The tag's value, read by the variant identifier just as serde's
    /// internally tagged reader reads it (a name, or a variant's number).
    fn variant_seed<V: DeserializeSeed<'de>>(
        self,
        seed: V,
    ) -> Result<(V::Value, &'r mut Rest<'m, A>), A::Error> {
        let variant = self.rest.map.next_value_seed(seed)?;
        self.rest.tag_read = true;
        Ok((variant, self.rest))
    }
}

/// The rest of an object after its tag: the fields of the variant the tag
/// names. It refuses a reserved key (the derived reader refuses a second
/// tag, so this reader must not quietly pass one on as a field it
/// ignores), and it keeps track of where it is so that, after an error,
/// [`Rest::first_error`] can read on.
pub(crate) struct Rest<'m, A> {
    map: &'m mut A,
    reserved: &'static [&'static str],
    /// The tag's value was read and named a variant.
    tag_read: bool,
    /// A key was read and its value was not.
    value_pending: bool,
    /// The object ended.
    ended: bool,
    /// The error is a reserved key found again.
    duplicate: bool,
}

impl<'de, A: MapAccess<'de>> Rest<'_, A> {
    /// The error serde's internally tagged reader gives where reading the
    /// variant straight through failed with `error`: a reserved key found
    /// later in the object comes first (see [`read`]).
    fn first_error(&mut self, error: A::Error) -> A::Error {
        if !self.tag_read || self.duplicate || self.ended {
            return error;
        }
        if self.value_pending
            && let Err(later) = self.next_value::<de::IgnoredAny>()
        {
            return later;
        }
        loop {
            match self.next_key::<de::IgnoredAny>() {
                Ok(Some(_)) => {
                    if let Err(later) = self.next_value::<de::IgnoredAny>() {
                        return later;
                    }
                }
                Ok(None) => return error,
                Err(later) => return later,
            }
        }
    }
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Rest<'_, A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        if self.ended {
            return Ok(None);
        }
        let Some(key) = self.map.next_key::<Text<'de>>()? else {
            self.ended = true;
            return Ok(None);
        };
        self.value_pending = true;
        if let Some(reserved) = self.reserved.iter().find(|r| **r == key.0) {
            self.duplicate = true;
            return Err(de::Error::duplicate_field(reserved));
        }
        key.replay(seed).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        self.value_pending = false;
        self.map.next_value_seed(seed)
    }
}

impl<'de, A: MapAccess<'de>> de::VariantAccess<'de> for &mut Rest<'_, A> {
    type Error = A::Error;

    /// A variant without fields: like serde's internally tagged reader,
    /// any other entries are read and ignored.
    fn unit_variant(self) -> Result<(), A::Error> {
        while self
            .next_entry::<de::IgnoredAny, de::IgnoredAny>()?
            .is_some()
        {}
        Ok(())
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, _seed: T) -> Result<T::Value, A::Error> {
        Err(de::Error::invalid_type(
            de::Unexpected::StructVariant,
            &"a newtype variant",
        ))
    }

    fn tuple_variant<V: Visitor<'de>>(
        self,
        _len: usize,
        _visitor: V,
    ) -> Result<V::Value, A::Error> {
        Err(de::Error::invalid_type(
            de::Unexpected::StructVariant,
            &"a tuple variant",
        ))
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, A::Error> {
        visitor.visit_map(self)
    }
}

/// A value already read from an object, to be read again.
pub(crate) enum Given<'de> {
    /// A number.
    U64(u64),
    /// A string.
    Text(Text<'de>),
}

impl<'de> Given<'de> {
    fn replay<S: DeserializeSeed<'de>, E: de::Error>(self, seed: S) -> Result<S::Value, E> {
        match self {
            Given::U64(n) => seed.deserialize(U64Deserializer::new(n)),
            Given::Text(text) => text.replay(seed),
        }
    }
}

/// An object in another order: the entries read so far, then the key
/// whose value is still unread, then the rest of the object, all handed
/// to a derived reader as if read for the first time.
pub(crate) struct Replay<'de, A> {
    given: std::vec::IntoIter<(&'static str, Given<'de>)>,
    value: Option<Given<'de>>,
    pending: Option<Text<'de>>,
    ended: bool,
    map: A,
}

impl<'de, A: MapAccess<'de>> Replay<'de, A> {
    /// `given` are the entries already read, in order; `pending` is the
    /// key just read (`None` if the object ended there).
    pub(crate) fn new(
        given: Vec<(&'static str, Given<'de>)>,
        pending: Option<Text<'de>>,
        map: A,
    ) -> Self {
        Replay {
            given: given.into_iter(),
            value: None,
            ended: pending.is_none(),
            pending,
            map,
        }
    }
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Replay<'de, A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        if let Some((key, value)) = self.given.next() {
            self.value = Some(value);
            return seed
                .deserialize(BorrowedStrDeserializer::new(key))
                .map(Some);
        }
        if let Some(key) = self.pending.take() {
            return key.replay(seed).map(Some);
        }
        if self.ended {
            return Ok(None);
        }
        self.map.next_key_seed(seed)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        match self.value.take() {
            Some(value) => value.replay(seed),
            None => self.map.next_value_seed(seed),
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use serde::de::IntoDeserializer;
    use serde::de::value::MapDeserializer;
    use serde_json::Value;

    use super::*;
    use crate::meeting::Speech;
    use crate::meeting::event::SpeechTagged;

    /// A speech inside an internally tagged enum, as in an event: serde
    /// buffers the outer object, so the speech is read from its buffer,
    /// as on every path but the store's quick one.
    #[derive(Debug, PartialEq, Deserialize)]
    #[serde(tag = "t")]
    enum Nested {
        A { s: Speech },
    }

    /// The same with serde's own reader for the speech (the one before).
    #[derive(Debug, PartialEq, Deserialize)]
    #[serde(tag = "t")]
    enum NestedBefore {
        A {
            #[serde(deserialize_with = "SpeechTagged::deserialize")]
            s: Speech,
        },
    }

    /// What each reader makes of `json` (a speech's text): the value or
    /// the whole error message, position included.
    fn nested(json: &str) -> (Result<Speech, String>, Result<Speech, String>) {
        let outer = format!(r#"{{"t":"A","s":{json}}}"#);
        let now = serde_json::from_str::<Nested>(&outer)
            .map(|Nested::A { s }| s)
            .map_err(|e| e.to_string());
        let before = serde_json::from_str::<NestedBefore>(&outer)
            .map(|NestedBefore::A { s }| s)
            .map_err(|e| e.to_string());
        (now, before)
    }

    /// Reads `json` as a `serde_json::Value` first, both ways.
    fn from_value(json: &str) -> Option<(Result<Speech, String>, Result<Speech, String>)> {
        let value: Value = serde_json::from_str(json).ok()?;
        let now = serde_json::from_value::<Speech>(value.clone()).map_err(|e| e.to_string());
        let before = SpeechTagged::deserialize(value).map_err(|e| e.to_string());
        Some((now, before))
    }

    /// Straight from the text, both ways.
    fn streamed(json: &str) -> (Result<Speech, String>, Result<Speech, String>) {
        let now = serde_json::from_str::<Speech>(json).map_err(|e| e.to_string());
        let mut de = serde_json::Deserializer::from_str(json);
        let before = SpeechTagged::deserialize(&mut de)
            .and_then(|s| de.end().map(|()| s))
            .map_err(|e| e.to_string());
        (now, before)
    }

    /// Every reader agrees with serde's own on `json`: the same value or
    /// the same error wherever serde buffered the speech, and the same
    /// value (or an error) straight from the text.
    fn agree(json: &str) -> Result<(), TestCaseError> {
        let (now, before) = nested(json);
        prop_assert_eq!(now, before, "nested: {}", json);
        if let Some((now, before)) = from_value(json) {
            prop_assert_eq!(now, before, "from a value: {}", json);
        }
        let (now, before) = streamed(json);
        match (&now, &before) {
            (Ok(_), _) | (_, Ok(_)) => prop_assert_eq!(now, before, "from the text: {}", json),
            (Err(_), Err(_)) => {}
        }
        Ok(())
    }

    #[test]
    fn written_speeches_put_the_tag_first() {
        for speech in [
            Speech::Said {
                text: "Budget".into(),
            },
            Speech::Pass,
        ] {
            let json = serde_json::to_string(&speech).expect("json");
            let tag = <Speech as TagFirst>::TAG;
            assert!(json.starts_with(&format!(r#"{{"{tag}":"#)), "{json}");
            assert_eq!(
                serde_json::from_str::<Speech>(&json).expect("reads"),
                speech
            );
        }
    }

    /// A value that can be read as a string but not buffered: serde's
    /// internally tagged reader copies every value it has not yet seen the
    /// tag of with `deserialize_any`, the tag-first reader never does.
    struct Unbufferable(&'static str);

    impl<'de> Deserializer<'de> for Unbufferable {
        type Error = de::value::Error;
        fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Self::Error> {
            Err(de::Error::custom("buffered"))
        }
        fn deserialize_str<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Self::Error> {
            v.visit_borrowed_str(self.0)
        }
        fn deserialize_string<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Self::Error> {
            v.visit_borrowed_str(self.0)
        }
        fn deserialize_identifier<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Self::Error> {
            v.visit_borrowed_str(self.0)
        }
        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char
            bytes byte_buf option unit unit_struct newtype_struct seq tuple
            tuple_struct map struct enum ignored_any
        }
    }

    impl<'de> IntoDeserializer<'de> for Unbufferable {
        type Deserializer = Self;
        fn into_deserializer(self) -> Self {
            self
        }
    }

    fn unbuffered(entries: Vec<(&'static str, &'static str)>) -> Result<Speech, String> {
        let map = MapDeserializer::new(entries.into_iter().map(|(k, v)| (k, Unbufferable(v))));
        Speech::deserialize(map).map_err(|e| e.to_string())
    }

    #[test]
    fn a_speech_whose_tag_comes_first_is_not_buffered() {
        assert_eq!(
            unbuffered(vec![("kind", "said"), ("text", "Budget")]),
            Ok(Speech::Said {
                text: "Budget".into()
            })
        );
        assert_eq!(unbuffered(vec![("kind", "pass")]), Ok(Speech::Pass));
        // Another order is serde's own reader's, which buffers.
        assert_eq!(
            unbuffered(vec![("text", "Budget"), ("kind", "said")]),
            Err("buffered".to_owned())
        );
    }

    #[test]
    fn odd_and_refused_speeches_read_as_serde_reads_them() {
        for json in [
            r#"{"kind":"said","text":"x"}"#,
            r#"{"text":"x","kind":"said"}"#,
            r#"{"kind":"pass"}"#,
            r#"{"kind":"pass","text":"x","more":[1,{"a":2}]}"#,
            r#"{"kind":"said","text":"x","extra":null}"#,
            r#"{"kin\u0064":"said","t\u0065xt":"a\nb"}"#,
            r#"{"kind":"s\u0061id","text":"x"}"#,
            r#"{"kind":0,"text":"x"}"#,
            r#"{"kind":1}"#,
            r#"{"kind":2}"#,
            r#"["said","x"]"#,
            r#"["pass"]"#,
            r#"[]"#,
            r#"{}"#,
            r#"{"text":"x"}"#,
            r#"{"kind":"said"}"#,
            r#"{"kind":"said","text":5}"#,
            r#"{"kind":"said","text":"x","text":"y"}"#,
            r#"{"kind":"said","text":"x","kind":"said"}"#,
            r#"{"kind":"said","text":5,"kind":"pass"}"#,
            r#"{"kind":"said","text":"x","text":"y","kind":"pass"}"#,
            r#"{"kind":"said","kind":"said","text":5}"#,
            r#"{"kind":"pass","kind":"pass"}"#,
            r#"{"kind":"pass","x":1,"kind":"nothing"}"#,
            r#"{"kind":"shouted","text":"x"}"#,
            r#"{"kind":"shouted","kind":"said"}"#,
            r#"{"kind":null,"text":"x"}"#,
            r#"{"kind":{"said":{}},"text":"x"}"#,
            r#"{"Kind":"said","text":"x"}"#,
            r#""said""#,
            "5",
            "null",
            "true",
        ] {
            agree(json).unwrap_or_else(|e| panic!("{e}"));
        }
    }

    /// A speech's entries: the two it has, a second of each, an unknown
    /// one, escaped keys, and values of every kind, right or wrong.
    fn entry() -> impl Strategy<Value = (String, String)> {
        let key = prop_oneof![
            Just(r#""kind""#),
            Just(r#""text""#),
            Just(r#""kin\u0064""#),
            Just(r#""t\u0065xt""#),
            Just(r#""other""#),
        ];
        let value = prop_oneof![
            Just(r#""said""#),
            Just(r#""pass""#),
            Just(r#""shouted""#),
            Just(r#""a \"b\"""#),
            Just("0"),
            Just("1"),
            Just("7"),
            Just("-1"),
            Just("1.5"),
            Just("null"),
            Just("true"),
            Just("[1]"),
            Just(r#"{"a":"said"}"#),
        ];
        (key, value).prop_map(|(k, v)| (k.to_owned(), v.to_owned()))
    }

    proptest! {
        /// Any object of such entries, in any order, and a sequence of
        /// the same values, reads as serde's own reader reads it.
        #[test]
        fn every_speech_reads_as_serde_reads_it(
            entries in proptest::collection::vec(entry(), 0..6),
            tag_first in any::<bool>(),
            tag in prop_oneof![Just(r#""said""#), Just(r#""pass""#), Just(r#""x""#), Just("1")],
        ) {
            let mut items: Vec<String> = entries.iter().map(|(k, v)| format!("{k}:{v}")).collect();
            if tag_first {
                items.insert(0, format!(r#""kind":{tag}"#));
            }
            agree(&format!("{{{}}}", items.join(",")))?;
            let values: Vec<&str> = entries.iter().map(|(_, v)| v.as_str()).collect();
            agree(&format!("[{}]", values.join(",")))?;
        }

        /// Damaged text (cut, or bytes put in) reads as serde reads it
        /// inside an event, and never gives a value serde would not.
        #[test]
        fn damaged_speeches_read_as_serde_reads_them(
            base in prop_oneof![
                Just(r#"{"kind":"said","text":"Budget"}"#),
                Just(r#"{"kind":"pass"}"#),
            ],
            cut in 0usize..40,
            insert in proptest::collection::vec(prop_oneof![Just(b'"'), Just(b','), Just(b'}'), Just(b':'), Just(b'k'), Just(b'1')], 0..3),
        ) {
            let mut bytes = base.as_bytes().to_vec();
            let at = cut.min(bytes.len());
            bytes.splice(at..at, insert);
            if let Ok(json) = String::from_utf8(bytes) {
                agree(&json)?;
            }
        }
    }
}
