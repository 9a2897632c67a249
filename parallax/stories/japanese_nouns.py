"""Japanese common nouns written in katakana, which :mod:`.japanese_places` must not take for a place before で.

で marks where something happens, and also the means ("バスで", by bus; "フェリーで", by ferry; "ドローンで", with a
drone), the medium ("テレビで", "インタビューで", in an interview) and a common place ("ホテルで", at a hotel).  A
report of a crash "観光バスで火災" (a fire on a tour bus) had the place "バス" against another report's "ジャワ島で",
and the two reports of one event stood at two places.  Japanese writes loanwords and foreign names alike in katakana,
so these nouns are listed: a run that is one of them, or ends with one of the heads of a common place ("ショッピング
センター", "バスターミナル"), is none.
"""

from __future__ import annotations

# vehicles, weapons and tools (the means), media and speech (the medium), events
_NOUNS = frozenset(
    {
        "バス", "フェリー", "ボート", "ヨット", "ヘリ", "ヘリコプター", "トラック", "タクシー", "バイク", "オートバイ", "ジェット",
        "ドローン", "ミサイル", "ロケット", "ナイフ", "ライフル", "ピストル", "ハンマー", "ガス", "エンジン", "ロープ",
        "テレビ", "ラジオ", "ネット", "インターネット", "オンライン", "メール", "ツイッター", "ブログ", "サイト", "ウェブサイト",
        "アプリ", "ビデオ", "メッセージ", "インタビュー", "スピーチ", "コメント", "ニュース", "テレビ番組", "ライブ",
        "レース", "マラソン", "ゲーム", "イベント", "コンサート", "パーティー", "セミナー", "サミット", "フォーラム", "ツアー",
        "リーグ", "ワールドカップ", "オリンピック", "トーナメント", "シーズン", "ケース", "レベル", "ペース", "システム",
        "プール", "ビーチ", "キャンプ", "トンネル", "ダム", "ホーム", "ゲート", "ロビー", "トイレ", "キッチン", "シェルター",
    }
)  # fmt: skip
# the heads of a common place, also at the end of a compound ("ショッピングセンター", "バスターミナル")
_HEADS = ("センター", "ホテル", "ビル", "モール", "スタジアム", "ターミナル", "ホール", "アリーナ", "レストラン", "スーパー",
          "デパート", "マンション", "アパート", "コンビニ", "ストア", "ショップ", "クラブ", "スクール", "キャンパス", "エリア",
          "ゾーン", "ステーション", "ルート", "コース", "ライン", "チーム")  # fmt: skip


def common_noun(run: str) -> bool:
    """Whether a katakana run before で is a common noun (see the module), no place's name."""
    return run in _NOUNS or run.endswith(_HEADS)
