//! Where the orientation can send the citizen, and the slugs of their pages.

/// Why the citizen should go to a police station or gendarmerie in person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StationReason {
    /// They know who did it: a pre-complaint is for unknown authors.
    KnownAuthor,
    /// Violence or threats against a person.
    Violence,
    /// Something the portal does not cover.
    NotCovered,
}

/// Where the orientation sends the citizen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Destination {
    /// Call the emergency numbers now.
    Emergency,
    /// The property pre-complaint of this portal.
    PreComplaint,
    /// The online complaint with a verified identity.
    OnlineComplaint,
    /// The discrimination report, with the Défenseur des droits beside it.
    Discrimination,
    /// Help and support (sexual and sexist violence); the slug and title
    /// stay neutral.
    Support,
    /// The dedicated services for internet scams and online card fraud.
    InternetScam,
    /// The Défenseur des droits.
    DefenseurDesDroits,
    /// A police station or gendarmerie, in person.
    PoliceStation(StationReason),
}

impl Destination {
    /// Every destination.
    pub const ALL: &'static [Destination] = &[
        Destination::Emergency,
        Destination::PreComplaint,
        Destination::OnlineComplaint,
        Destination::Discrimination,
        Destination::Support,
        Destination::InternetScam,
        Destination::DefenseurDesDroits,
        Destination::PoliceStation(StationReason::KnownAuthor),
        Destination::PoliceStation(StationReason::Violence),
        Destination::PoliceStation(StationReason::NotCovered),
    ];

    /// URL part (`/orientation/result/<slug>`) and the middle of its
    /// catalogue keys. Neutral words only: a URL stays in the history.
    pub fn slug(self) -> &'static str {
        match self {
            Destination::Emergency => "emergency",
            Destination::PreComplaint => "pre-complaint",
            Destination::OnlineComplaint => "online-complaint",
            Destination::Discrimination => "discrimination",
            Destination::Support => "support",
            Destination::InternetScam => "internet",
            Destination::DefenseurDesDroits => "defenseur-des-droits",
            Destination::PoliceStation(StationReason::KnownAuthor) => "station-known-author",
            Destination::PoliceStation(StationReason::Violence) => "station-violence",
            Destination::PoliceStation(StationReason::NotCovered) => "station-other",
        }
    }

    /// The destination whose slug this is.
    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|d| d.slug() == slug)
    }
}
