"""Masking of e-mail addresses and phone numbers."""

from __future__ import annotations

from imsync_gui.export.privacy import Privacy, mask_address, mask_email, mask_phone


def test_email_keeps_first_letter_and_provider() -> None:
    assert mask_email("jane.appleseed@icloud.com") == "j***@icloud.com"


def test_phone_keeps_only_last_two_digits_and_hides_length() -> None:
    assert mask_phone("+44 7700 900123") == "*** ** 23"
    assert mask_phone("555 0112") == "*** ** 12"


def test_address_picks_email_or_phone() -> None:
    assert mask_address("a@b.org") == "a***@b.org"
    assert mask_address("(555) 123-4567") == "*** ** 67"


def test_typed_text_masks_every_contact() -> None:
    privacy = Privacy()
    text = privacy.typed_text("Mail Jane.Doe@me.com or call +1 (555) 123-4567 today")
    assert "Jane.Doe" not in text and "123-4567" not in text
    assert "J***@me.com" in text and "*** ** 67" in text


def test_typed_text_leaves_dates_and_versions() -> None:
    assert Privacy().typed_text("On 2025-03-14 with iOS 17.2.1") == "On 2025-03-14 with iOS 17.2.1"


def test_app_text_masks_only_the_persons_numbers() -> None:
    privacy = Privacy.for_contacts(["+44 7700 900123", "jane@icloud.com"])
    text = privacy.app_text("jane@icloud.com uses 07700 900123; ports 443 5223 took 1234567 ms")
    assert text == "j***@icloud.com uses *** ** 23; ports 443 5223 took 1234567 ms"


def test_reveal_keeps_everything() -> None:
    privacy = Privacy.for_contacts(["+44 7700 900123"], reveal=True)
    assert privacy.address("+44 7700 900123") == "+44 7700 900123"
    assert privacy.typed_text("x@y.com 0123 456 789") == "x@y.com 0123 456 789"
