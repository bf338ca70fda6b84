"""Demo course: digital signatures and electronic documents in Party offices (plain data)."""

COURSE = {
    "slug": "chu-ky-so-va-van-ban-dien-tu",
    "title": "Chữ ký số và văn bản điện tử trong cơ quan Đảng",
    "topic": "Văn bản và hồ sơ điện tử",
    "level": "intermediate",
    "summary": (
        "Khóa học giúp cán bộ văn phòng cấp ủy hiểu chữ ký số, chứng thư số và giá trị pháp lý của "
        "văn bản điện tử theo Luật Giao dịch điện tử 2023, Nghị định 23/2025/NĐ-CP và Nghị định "
        "68/2024/NĐ-CP về chữ ký số chuyên dùng công vụ; biết ký số bằng thiết bị USB token và ký "
        "số từ xa, kiểm tra chữ ký trên văn bản nhận được, trình bày văn bản điện tử đúng thể thức "
        "văn bản của Đảng, phát hành và tiếp nhận văn bản điện tử, bảo vệ thiết bị ký số và xử lý "
        "đúng khi mất."
    ),
    "objectives": [
        (
            "Giải thích được chữ ký số, chứng thư chữ ký số, khóa bí mật, khóa công khai và điều "
            "chữ ký số bảo đảm (người ký, toàn vẹn nội dung, không chối bỏ được)."
        ),
        (
            "Nêu đúng số hiệu, năm và phạm vi của Luật Giao dịch điện tử 2023, Nghị định "
            "23/2025/NĐ-CP và Nghị định 68/2024/NĐ-CP."
        ),
        (
            "Ký số một văn bản PDF bằng USB token hoặc ký số từ xa theo đúng trình tự, không ký "
            "thay, không để lộ mã PIN."
        ),
        (
            "Kiểm tra chữ ký số trên văn bản đến: chữ ký còn nguyên vẹn, chứng thư hợp lệ tại thời "
            "điểm ký, người ký và cơ quan đúng thẩm quyền."
        ),
        (
            "Trình bày văn bản điện tử của Đảng đúng thể thức: tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM”, "
            "tên cơ quan, số và ký hiệu, chữ ký số của người có thẩm quyền và của cơ quan."
        ),
        "Báo ngay và đề nghị thu hồi chứng thư khi mất thiết bị ký số hoặc nghi lộ mã PIN.",
    ],
    "estimated_minutes": 185,
    "issues_certificate": True,
    "lessons": [
        {
            "slug": "chu-ky-so-chung-thu-so-va-gia-tri-phap-ly",
            "title": "Chữ ký số, chứng thư số và giá trị pháp lý",
            "estimated_minutes": 30,
            "body": [
                ("heading", "Từ con dấu đỏ đến chữ ký số"),
                (
                    "rich_text",
                    (
                        "<p>Nhiều năm nay, một văn bản của cấp ủy chỉ được coi là chính thức khi "
                        "có chữ ký tay của người có thẩm quyền và dấu đỏ của cơ quan. Khi văn bản "
                        "chuyển sang dạng điện tử, câu hỏi đặt ra là: làm sao người nhận biết chắc "
                        "tệp PDF trên màn hình đúng là do đồng chí Chánh Văn phòng ký, và không ai "
                        "sửa một chữ nào sau khi ký? Câu trả lời là <strong>chữ ký số</strong>. "
                        "Đây không phải là ảnh chụp chữ ký tay dán vào văn bản, mà là một dãy dữ "
                        "liệu được tạo ra bằng thuật toán mật mã, gắn chặt với nội dung văn bản và "
                        "với người ký.</p><p>Bài học này giải thích chữ ký số hoạt động như thế "
                        "nào ở mức đủ để dùng đúng, các văn bản pháp luật đang điều chỉnh chữ ký "
                        "số trong hoạt động công vụ, và vì sao văn bản điện tử có chữ ký số hợp lệ "
                        "có giá trị pháp lý như văn bản giấy.</p>"
                    ),
                ),
                ("heading", "Cặp khóa và chứng thư: hiểu đủ để dùng đúng"),
                (
                    "rich_text",
                    (
                        "<p>Mỗi người được cấp chữ ký số có một <strong>cặp khóa</strong>: "
                        "<strong>khóa bí mật</strong> chỉ người đó nắm giữ, dùng để ký; và "
                        "<strong>khóa công khai</strong> ai cũng được biết, dùng để kiểm tra chữ "
                        "ký. Khóa bí mật nằm trong thiết bị lưu khóa (thường là USB token) hoặc "
                        "trong hệ thống ký số từ xa của tổ chức cung cấp dịch vụ. Điều quan trọng "
                        "là khóa bí mật không bao giờ rời khỏi nơi lưu giữ: khi ký, phần mềm đưa "
                        "“dấu vân tay” của văn bản vào thiết bị, thiết bị trả lại chữ "
                        "ký.</p><p><strong>Chứng thư chữ ký số</strong> (thường gọi tắt là chứng "
                        "thư số) giống như một “giấy chứng minh” điện tử: nó ghi thông tin của "
                        "người được cấp (như họ tên, nơi công tác), khóa công khai của họ, thời "
                        "hạn hiệu lực, và được chính tổ chức cung cấp dịch vụ chứng thực ký xác "
                        "nhận. Nhờ đó, người nhận văn bản không cần quen biết người ký vẫn kiểm "
                        "tra được chữ ký thuộc về ai.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "caption": "Chữ ký số bảo đảm gì và không bảo đảm gì",
                        "header": [
                            "Tính chất",
                            "Ý nghĩa trong công việc văn phòng",
                            "Chữ ký số có bảo đảm không?",
                        ],
                        "rows": [
                            [
                                "Xác thực người ký",
                                "Biết chắc văn bản do ai ký",
                                "Có, nếu chứng thư hợp lệ",
                            ],
                            [
                                "Toàn vẹn nội dung",
                                "Phát hiện được mọi thay đổi, dù chỉ một dấu phẩy, sau khi ký",
                                "Có",
                            ],
                            ["Chống chối bỏ", "Người ký không thể nói rằng mình không ký", "Có"],
                            [
                                "Giữ bí mật nội dung",
                                "Người không có nhiệm vụ không đọc được văn bản",
                                "Không: chữ ký số không mã hóa văn bản",
                            ],
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Chữ ký số không làm cho văn bản trở nên “mật”",
                        "text": (
                            "<p>Văn bản có chữ ký số vẫn đọc được bởi bất kỳ ai có tệp. Vì vậy, "
                            "chữ ký số không phải là lý do để gửi văn bản có nội dung bí mật nhà "
                            "nước qua mạng. Việc soạn thảo, lưu giữ, gửi nhận tài liệu mật tuân "
                            "theo pháp luật về bảo vệ bí mật nhà nước và cơ yếu, được học trong "
                            "khóa “Bảo vệ bí mật nhà nước và dữ liệu cá nhân (nâng cao)”.</p>"
                        ),
                    },
                ),
                ("heading", "Các văn bản pháp luật cần biết"),
                (
                    "rich_text",
                    (
                        "<p><strong>Luật Giao dịch điện tử số 20/2023/QH15</strong>, được Quốc hội "
                        "thông qua ngày 22/6/2023, có hiệu lực từ ngày 01/7/2024, thay thế Luật "
                        "Giao dịch điện tử năm 2005. Luật thừa nhận giá trị pháp lý của thông điệp "
                        "dữ liệu và chữ ký điện tử; chữ ký số là một loại chữ ký điện tử dùng "
                        "thuật toán khóa không đối xứng. Theo Luật, chữ ký số bảo đảm an toàn có "
                        "giá trị như chữ ký của người đó trên văn bản giấy, và khi pháp luật yêu "
                        "cầu văn bản phải đóng dấu, yêu cầu này được đáp ứng nếu văn bản điện tử "
                        "được ký bằng chữ ký số của cơ quan, tổ chức.</p><p><strong>Nghị định "
                        "23/2025/NĐ-CP</strong> ngày 21/02/2025 của Chính phủ quy định về chữ ký "
                        "điện tử và dịch vụ tin cậy, có hiệu lực từ ngày 10/4/2025, thay thế Nghị "
                        "định 130/2018/NĐ-CP. Nghị định này điều chỉnh chữ ký số công cộng, tức "
                        "loại chữ ký số người dân, doanh nghiệp mua của các tổ chức được cấp phép, "
                        "nhưng <em>không</em> điều chỉnh chữ ký số chuyên dùng công "
                        "vụ.</p><p><strong>Nghị định 68/2024/NĐ-CP</strong> ngày 25/6/2024 của "
                        "Chính phủ quy định về chữ ký số chuyên dùng công vụ, có hiệu lực từ ngày "
                        "15/8/2024. Đây là loại chữ ký số dùng trong hoạt động công vụ của cơ quan "
                        "nhà nước, tổ chức chính trị, tổ chức chính trị – xã hội và cán bộ, công "
                        "chức, viên chức, do Ban Cơ yếu Chính phủ cung cấp dịch vụ chứng thực. "
                        "Nghị định quy định các dịch vụ như cấp mới, gia hạn, thay đổi nội dung, "
                        "thu hồi chứng thư, khôi phục thiết bị lưu khóa bí mật và kiểm tra trạng "
                        "thái chứng thư trực tuyến.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "caption": "Tóm tắt các văn bản (tính đến thời điểm biên soạn khóa học)",
                        "header": ["Văn bản", "Ban hành, hiệu lực", "Điều chỉnh", "Thay thế"],
                        "rows": [
                            [
                                "Luật Giao dịch điện tử số 20/2023/QH15",
                                "Thông qua 22/6/2023; hiệu lực 01/7/2024",
                                "Giao dịch điện tử, thông điệp dữ liệu, chữ ký điện tử, chữ ký số",
                                "Luật Giao dịch điện tử năm 2005",
                            ],
                            [
                                "Nghị định 23/2025/NĐ-CP",
                                "Ban hành 21/02/2025; hiệu lực 10/4/2025",
                                (
                                    "Chữ ký điện tử, chữ ký số công cộng và dịch vụ tin cậy (trừ "
                                    "chữ ký số chuyên dùng công vụ)"
                                ),
                                "Nghị định 130/2018/NĐ-CP",
                            ],
                            [
                                "Nghị định 68/2024/NĐ-CP",
                                "Ban hành 25/6/2024; hiệu lực 15/8/2024",
                                (
                                    "Chữ ký số chuyên dùng công vụ và dịch vụ chứng thực chữ ký số "
                                    "chuyên dùng công vụ"
                                ),
                                "Không nêu trong khóa học",
                            ],
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "note",
                        "title": "Loại chữ ký số cán bộ văn phòng cấp ủy thường dùng",
                        "text": (
                            "<p>Khi ký văn bản của cấp ủy, cơ quan đảng trên hệ thống quản lý văn "
                            "bản, cán bộ dùng <strong>chữ ký số chuyên dùng công vụ</strong> do cơ "
                            "quan đề nghị cấp qua Ban Cơ yếu Chính phủ. Chữ ký số công cộng mà cá "
                            "nhân tự mua để kê khai thuế hay giao dịch ngân hàng không dùng thay "
                            "cho chữ ký số chuyên dùng công vụ trên văn bản của cơ quan. Nếu không "
                            "chắc mình đang dùng chứng thư nào, hãy hỏi văn thư hoặc bộ phận công "
                            "nghệ thông tin của cơ quan.</p>"
                        ),
                    },
                ),
                ("heading", "Chữ ký của người ký và chữ ký của cơ quan"),
                (
                    "rich_text",
                    (
                        "<p>Một văn bản giấy có hai dấu hiệu xác nhận: chữ ký tay của người có "
                        "thẩm quyền và dấu của cơ quan. Văn bản điện tử cũng có hai chữ ký số "
                        "tương ứng. <strong>Chữ ký số của người có thẩm quyền</strong> thể hiện ý "
                        "chí của người ký, được thực hiện bằng chứng thư cấp cho cá nhân đó. "
                        "<strong>Chữ ký số của cơ quan</strong> đóng vai trò như con dấu, do văn "
                        "thư cơ quan thực hiện sau khi đã kiểm tra thể thức, ghi số và ngày văn "
                        "bản. Ví dụ minh họa: một báo cáo của Văn phòng Tỉnh ủy Lâm Giang được "
                        "Chánh Văn phòng ký số trước, sau đó văn thư kiểm tra, cấp số, ký số của "
                        "Văn phòng rồi mới phát hành.</p><p>Mỗi chữ ký chỉ do người được cấp chứng "
                        "thư thực hiện. Việc một chuyên viên cầm thiết bị của lãnh đạo để “ký hộ "
                        "cho kịp” không phải là một thao tác kỹ thuật vô hại: đó là tạo ra chữ ký "
                        "mang tên người khác, người ký thật có thể không biết nội dung đã ký.</p>"
                    ),
                ),
                (
                    "check",
                    {
                        "question": (
                            "Vì sao chữ ký số trên một tệp PDF cho người nhận biết văn bản không "
                            "bị sửa sau khi ký?"
                        ),
                        "choices": [
                            {
                                "text": (
                                    "Vì tệp PDF có chữ ký số được khóa lại, phần mềm soạn thảo và "
                                    "phần mềm đọc PDF không cho mở để sửa nữa."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Tệp vẫn có thể bị sửa; điều chữ ký số làm được là giúp phát "
                                    "hiện mọi thay đổi đó."
                                ),
                            },
                            {
                                "text": (
                                    "Vì văn bản có chữ ký số luôn được mã hóa trước khi gửi đi."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Chữ ký số không mã hóa văn bản; ai có tệp vẫn đọc được nội "
                                    "dung."
                                ),
                            },
                            {
                                "text": (
                                    "Vì chữ ký được tính từ chính nội dung: sửa một ký tự là chữ "
                                    "ký báo không hợp lệ."
                                ),
                                "correct": True,
                                "feedback": "Đúng. Đó là tính toàn vẹn mà chữ ký số bảo đảm.",
                            },
                            {
                                "text": (
                                    "Vì người ký đã dán ảnh chữ ký tay vào đúng vị trí theo thể "
                                    "thức."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Ảnh chữ ký chỉ là hình minh họa; ai cũng có thể dán một ảnh "
                                    "như vậy."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "check",
                    {
                        "question": (
                            "Đồng chí Hằng muốn dùng chữ ký số công cộng tự mua để kê khai thuế cá "
                            "nhân để ký một công văn của Văn phòng. Nhận xét nào đúng?"
                        ),
                        "choices": [
                            {
                                "text": (
                                    "Được, vì theo Luật Giao dịch điện tử 2023, mọi chữ ký số hợp "
                                    "lệ đều có giá trị pháp lý như nhau trong mọi giao dịch."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Chữ ký số công cộng có giá trị trong giao dịch của cá nhân, "
                                    "nhưng văn bản của cơ quan đảng được ký bằng chứng thư chuyên "
                                    "dùng công vụ cấp cho chức danh, cơ quan đó."
                                ),
                            },
                            {
                                "text": "Được, nếu văn thư đóng thêm dấu đỏ lên bản in.",
                                "correct": False,
                                "feedback": (
                                    "Văn bản điện tử không có “dấu đỏ”; vai trò của dấu do chữ ký "
                                    "số của cơ quan đảm nhận."
                                ),
                            },
                            {
                                "text": (
                                    "Không nên: văn bản của cơ quan đảng ký bằng chữ ký số chuyên "
                                    "dùng công vụ, theo Nghị định 68/2024/NĐ-CP."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Đúng. Chữ ký số công cộng thuộc phạm vi Nghị định "
                                    "23/2025/NĐ-CP và không thay cho chữ ký số chuyên dùng công vụ."
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        {
            "slug": "ky-so-bang-usb-token-va-ky-so-tu-xa",
            "title": "Ký số bằng USB token và ký số từ xa",
            "estimated_minutes": 30,
            "body": [
                ("heading", "Hai cách giữ khóa bí mật"),
                (
                    "rich_text",
                    (
                        "<p>Khóa bí mật là thứ quý nhất của chữ ký số: ai dùng được nó là ký được "
                        "dưới tên bạn. Hiện có hai cách giữ khóa bí mật mà cán bộ văn phòng thường "
                        "gặp.</p><ul><li><strong>Thiết bị lưu khóa bí mật (USB token).</strong> "
                        "Khóa bí mật nằm trong một thiết bị nhỏ cắm vào cổng USB. Muốn ký phải cắm "
                        "thiết bị và nhập mã PIN. Thiết bị được thiết kế để không cho chép khóa bí "
                        "mật ra ngoài.</li><li><strong>Ký số từ xa.</strong> Khóa bí mật được lưu "
                        "trong hệ thống chuyên dụng của tổ chức cung cấp dịch vụ chứng thực; người "
                        "ký không cầm thiết bị nào, mà xác nhận từng lần ký bằng ứng dụng trên "
                        "điện thoại, mã xác thực hoặc sinh trắc học theo cách dịch vụ quy định. "
                        "Cách này giúp lãnh đạo ký được khi đi công tác, không mang theo máy tính "
                        "cơ quan.</li></ul><p>Cơ quan bạn dùng cách nào, phần mềm nào, là do cơ "
                        "quan trang bị theo quy định; bài học trình bày những nguyên tắc chung áp "
                        "dụng cho cả hai cách.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "caption": "So sánh hai cách ký",
                        "header": ["Tiêu chí", "USB token", "Ký số từ xa"],
                        "rows": [
                            [
                                "Khóa bí mật nằm ở đâu",
                                "Trong thiết bị người ký giữ",
                                "Trong hệ thống của tổ chức cung cấp dịch vụ",
                            ],
                            [
                                "Điều kiện để ký",
                                "Cắm thiết bị vào máy đã cài phần mềm, nhập mã PIN",
                                "Đăng nhập dịch vụ, xác nhận trên điện thoại hoặc bằng mã xác thực",
                            ],
                            [
                                "Rủi ro thường gặp",
                                "Quên thiết bị trên máy, lộ mã PIN, mất thiết bị",
                                (
                                    "Lộ mật khẩu, bấm xác nhận khi không chính mình yêu cầu ký, "
                                    "mất điện thoại"
                                ),
                            ],
                            [
                                "Khi mất",
                                "Báo ngay để đề nghị thu hồi chứng thư",
                                "Báo ngay để khóa tài khoản ký, đổi thông tin xác thực",
                            ],
                        ],
                    },
                ),
                ("heading", "Trình tự ký một văn bản đi"),
                (
                    "rich_text",
                    (
                        "<p>Trên hệ thống quản lý văn bản, việc ký số thường diễn ra ở bước cuối "
                        "của quy trình trình ký. Trước khi ký, người ký phải đọc đúng bản cuối "
                        "cùng, vì sau khi ký, mọi thay đổi đều làm chữ ký mất hiệu lực và phải ký "
                        "lại. Các bước dưới đây là khung chung; tên nút bấm có thể khác nhau giữa "
                        "các phần mềm.</p>"
                    ),
                ),
                (
                    "steps",
                    {
                        "title": "Ký số một văn bản PDF bằng USB token",
                        "items": [
                            (
                                "<p>Kiểm tra văn bản đã được chuyển sang <strong>PDF</strong> từ "
                                "bản cuối cùng đã được duyệt, đúng thể thức, không còn ghi chú hay "
                                "vết sửa.</p>"
                            ),
                            (
                                "<p>Cắm USB token vào máy tính cơ quan đã cài phần mềm ký số do cơ "
                                "quan cung cấp. Không cắm vào máy dùng chung ở phòng họp hay máy "
                                "của người khác.</p>"
                            ),
                            (
                                "<p>Trên phần mềm, chọn chức năng <em>Ký số</em>, chọn đúng chứng "
                                "thư mang tên mình, chọn vị trí đặt hình ảnh chữ ký theo thể "
                                "thức.</p>"
                            ),
                            (
                                "<p>Nhập mã PIN. Không nhờ người khác nhập, không đọc mã PIN cho "
                                "ai.</p>"
                            ),
                            (
                                "<p>Mở lại tệp đã ký, xem bảng thông tin chữ ký để chắc chắn chữ "
                                "ký hiển thị hợp lệ, đúng tên người ký, đúng thời điểm.</p>"
                            ),
                            "<p>Rút thiết bị ngay sau khi ký xong và cất vào nơi quy định.</p>",
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Ký số từ xa: chỉ xác nhận yêu cầu do chính mình tạo ra",
                        "text": (
                            "<p>Với ký số từ xa, thao tác quan trọng nhất là bước xác nhận trên "
                            "điện thoại. Chỉ bấm xác nhận khi chính bạn vừa bấm ký trên hệ thống, "
                            "và nội dung hiển thị (tên văn bản, số trang) đúng với văn bản bạn "
                            "định ký. Một yêu cầu xác nhận xuất hiện bất ngờ là dấu hiệu có người "
                            "đang dùng tài khoản của bạn: từ chối, đổi mật khẩu và báo ngay cho bộ "
                            "phận công nghệ thông tin.</p>"
                        ),
                    },
                ),
                ("heading", "Mã PIN: nhỏ nhưng quyết định"),
                (
                    "rich_text",
                    (
                        "<p>Mã PIN của thiết bị ký số là lớp bảo vệ cuối cùng nếu thiết bị rơi vào "
                        "tay người khác. Thiết bị thường tự khóa sau một số lần nhập sai liên "
                        "tiếp; khi đó phải làm thủ tục mở khóa hoặc khôi phục theo hướng dẫn của "
                        "cơ quan quản lý chứng thư, mất thời gian đúng lúc cần ký gấp. Vì "
                        "vậy:</p><ul><li>Đổi mã PIN mặc định ngay khi nhận thiết bị, theo hướng "
                        "dẫn kèm theo.</li><li>Không dùng ngày sinh, số điện thoại, dãy số liền "
                        "nhau.</li><li>Không dán mã PIN lên thiết bị, không ghi trong sổ để cạnh "
                        "máy, không lưu trong điện thoại.</li><li>Không “giao PIN cho văn thư để "
                        "ký giúp khi vắng”. Khi vắng mặt dài ngày, người có thẩm quyền phân công "
                        "người khác ký theo đúng thẩm quyền, bằng chứng thư của chính người được "
                        "phân công.</li></ul>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Ký thay bằng thiết bị của người khác là sai nguyên tắc",
                        "text": (
                            "<p>Ký thay, ký thừa lệnh, ký thừa ủy quyền là những hình thức có quy "
                            "định rõ về thẩm quyền và được thể hiện ngay trên văn bản. Điều đó "
                            "hoàn toàn khác với việc một người dùng thiết bị và mã PIN của người "
                            "khác để ký: văn bản khi ấy mang chữ ký số của người không trực tiếp "
                            "ký. Người cho mượn và người mượn đều phải chịu trách nhiệm về văn bản "
                            "được ký theo cách này.</p>"
                        ),
                    },
                ),
                ("heading", "Những lỗi thường gặp khi ký"),
                (
                    "table",
                    {
                        "caption": "Lỗi khi ký số và cách phòng tránh (ví dụ minh họa)",
                        "header": ["Tình huống", "Hậu quả", "Cách làm đúng"],
                        "rows": [
                            [
                                "Ký vào bản Word đã chuyển PDF từ phiên bản cũ",
                                "Văn bản phát hành sai nội dung, phải thu hồi",
                                "Chuyển PDF từ bản đã được duyệt cuối cùng; đối chiếu trước khi ký",
                            ],
                            [
                                "Sửa một lỗi chính tả sau khi đã ký",
                                "Chữ ký báo không hợp lệ với người nhận",
                                "Sửa trên bản gốc, chuyển lại PDF và ký lại từ đầu",
                            ],
                            [
                                "Chọn nhầm chứng thư cũ đã hết hạn",
                                "Người nhận thấy chữ ký không hợp lệ",
                                "Kiểm tra thời hạn chứng thư; gia hạn trước khi hết hạn",
                            ],
                            [
                                "Để USB token cắm trên máy qua đêm",
                                "Người khác có cơ hội ký nếu biết hoặc đoán được PIN",
                                "Rút thiết bị ngay sau khi ký, cất vào nơi có khóa",
                            ],
                        ],
                    },
                ),
                (
                    "check",
                    {
                        "question": (
                            "Sau khi ký số một tờ trình, đồng chí Nam phát hiện thiếu một dấu chấm "
                            "ở cuối câu. Cách xử lý nào đúng?"
                        ),
                        "choices": [
                            {
                                "text": (
                                    "Sửa trên bản gốc, chuyển lại PDF và ký số lại; bản đã ký "
                                    "trước đó không phát hành."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Đúng. Mỗi chữ ký gắn với đúng một nội dung; nội dung đổi thì "
                                    "phải ký lại."
                                ),
                            },
                            {
                                "text": (
                                    "Mở tệp PDF đã ký bằng phần mềm chỉnh sửa PDF, thêm dấu chấm "
                                    "rồi lưu lại, vì sửa một dấu câu không làm thay đổi nội dung."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Sửa tệp đã ký làm chữ ký mất hiệu lực; người nhận sẽ thấy văn "
                                    "bản đã bị thay đổi sau khi ký."
                                ),
                            },
                            {
                                "text": (
                                    "Giữ nguyên bản đã ký, ghi chú thêm một dòng “thiếu dấu chấm” "
                                    "ở nơi nhận."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Nếu văn bản chưa phát hành, hãy sửa và ký lại; không phát "
                                    "hành một văn bản biết là còn lỗi."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "check",
                    {
                        "question": (
                            "Lãnh đạo đang họp, nhắn chuyên viên: “Em lấy USB token trên bàn anh, "
                            "mã PIN là…, ký giúp anh văn bản kia cho kịp”. Chuyên viên nên làm gì?"
                        ),
                        "choices": [
                            {
                                "text": (
                                    "Ký giúp, vì lãnh đạo đã trực tiếp chỉ đạo và cung cấp mã PIN, "
                                    "nên lãnh đạo chịu trách nhiệm về văn bản."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Văn bản sẽ mang chữ ký số của lãnh đạo dù người ký thật là "
                                    "chuyên viên; đây là sai nguyên tắc."
                                ),
                            },
                            {
                                "text": (
                                    "Đề nghị chờ lãnh đạo ký sau cuộc họp, ký số từ xa, hoặc trình "
                                    "người được phân công ký."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Đúng. Chữ ký số chỉ do chính người được cấp chứng thư thực "
                                    "hiện."
                                ),
                            },
                            {
                                "text": "Ký giúp rồi đổi mã PIN mới và báo lại cho lãnh đạo.",
                                "correct": False,
                                "feedback": (
                                    "Đổi PIN của người khác còn làm tình hình phức tạp hơn; việc "
                                    "ký hộ vẫn là sai."
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        {
            "slug": "kiem-tra-chu-ky-so-tren-van-ban-den",
            "title": "Kiểm tra chữ ký số trên văn bản nhận được",
            "estimated_minutes": 30,
            "body": [
                ("heading", "Đừng tin hình ảnh, hãy tin phần mềm kiểm tra"),
                (
                    "rich_text",
                    (
                        "<p>Mỗi ngày văn phòng cấp ủy nhận hàng chục văn bản điện tử. Trên trang "
                        "đầu, ta thấy hình ảnh chữ ký và hình dấu quen thuộc. Nhưng hình ảnh chỉ "
                        "là phần trình bày: ai cũng có thể chép một hình chữ ký vào một tệp PDF "
                        "bất kỳ. Điều chứng minh văn bản thật sự do ai ký, và chưa bị sửa, là "
                        "<strong>chữ ký số ẩn bên trong tệp</strong>. Vì vậy, với văn bản điện tử, "
                        "kiểm tra chữ ký số là bước bắt buộc trước khi vào sổ văn bản đến, chứ "
                        "không phải việc làm thêm khi rảnh.</p><p>Hệ thống quản lý văn bản của cơ "
                        "quan thường tự động kiểm tra chữ ký khi nhận văn bản qua trục liên thông. "
                        "Tuy vậy, văn thư và chuyên viên vẫn cần biết tự kiểm tra, vì không phải "
                        "văn bản nào cũng đến qua hệ thống, và vì phải hiểu được thông báo mà phần "
                        "mềm đưa ra.</p>"
                    ),
                ),
                ("heading", "Bốn câu hỏi khi kiểm tra một chữ ký"),
                (
                    "table",
                    {
                        "caption": "Bốn câu hỏi và nơi tìm câu trả lời",
                        "header": ["Câu hỏi", "Tìm ở đâu trong phần mềm", "Kết quả cần thấy"],
                        "rows": [
                            [
                                "1. Nội dung có bị thay đổi sau khi ký không?",
                                (
                                    "Trạng thái chữ ký trong bảng chữ ký của phần mềm đọc PDF hoặc "
                                    "phần mềm kiểm tra"
                                ),
                                "Chữ ký hợp lệ, văn bản không bị sửa đổi sau khi ký",
                            ],
                            [
                                "2. Chứng thư do ai cấp?",
                                "Thông tin chứng thư, mục tổ chức cấp",
                                (
                                    "Tổ chức cung cấp dịch vụ chứng thực hợp pháp, ví dụ dịch vụ "
                                    "chứng thực chữ ký số chuyên dùng công vụ của Ban Cơ yếu Chính "
                                    "phủ"
                                ),
                            ],
                            [
                                "3. Chứng thư còn hiệu lực lúc ký không?",
                                (
                                    "Thời hạn chứng thư, trạng thái thu hồi, thời điểm ký hoặc dấu "
                                    "thời gian"
                                ),
                                "Chứng thư còn hạn và chưa bị thu hồi tại thời điểm ký",
                            ],
                            [
                                "4. Người ký có đúng thẩm quyền không?",
                                (
                                    "Tên người ký, cơ quan trong chứng thư; đối chiếu với họ tên, "
                                    "chức vụ ở phần thẩm quyền, chữ ký trên văn bản"
                                ),
                                "Đúng người có thẩm quyền, đúng cơ quan ban hành ghi trên văn bản",
                            ],
                        ],
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>Ba câu hỏi đầu do phần mềm trả lời, câu hỏi thứ tư phải do con người "
                        "trả lời. Một chữ ký có thể hoàn toàn hợp lệ về kỹ thuật nhưng người ký "
                        "không có thẩm quyền ký loại văn bản đó, hoặc chứng thư là của một cơ quan "
                        "khác với cơ quan ghi ở phần tên cơ quan ban hành. Khi đó văn bản vẫn có "
                        "vấn đề và cần hỏi lại nơi gửi.</p>"
                    ),
                ),
                (
                    "steps",
                    {
                        "title": "Tự kiểm tra chữ ký trên một tệp PDF nhận được",
                        "items": [
                            (
                                "<p>Lưu tệp vào thư mục làm việc; không mở trực tiếp từ tệp đính "
                                "kèm của thư lạ.</p>"
                            ),
                            (
                                "<p>Mở tệp bằng phần mềm đọc PDF hoặc phần mềm kiểm tra chữ ký số "
                                "mà cơ quan hướng dẫn, mở <em>bảng chữ ký</em> (thường là biểu "
                                "tượng cây bút hoặc thanh thông báo chữ ký ở đầu trang).</p>"
                            ),
                            (
                                "<p>Xem trạng thái của từng chữ ký: thường có chữ ký của người có "
                                "thẩm quyền và chữ ký của cơ quan ban hành.</p>"
                            ),
                            (
                                "<p>Mở <em>chi tiết chứng thư</em>: đọc tên người ký, cơ quan, tổ "
                                "chức cấp chứng thư, thời hạn hiệu lực, thời điểm ký.</p>"
                            ),
                            (
                                "<p>Đối chiếu với nội dung văn bản: tên cơ quan ban hành, chức vụ "
                                "và họ tên người ký ghi ở cuối văn bản.</p>"
                            ),
                            (
                                "<p>Ghi kết quả kiểm tra vào hệ thống hoặc sổ theo quy định; nếu "
                                "có bất thường, báo lãnh đạo văn phòng và liên hệ nơi gửi qua kênh "
                                "chính thức.</p>"
                            ),
                        ],
                    },
                ),
                ("heading", "Hiểu đúng các thông báo của phần mềm"),
                (
                    "table",
                    {
                        "caption": (
                            "Thông báo thường gặp và cách xử lý (diễn đạt có thể khác nhau giữa "
                            "các phần mềm)"
                        ),
                        "header": ["Thông báo", "Nghĩa là gì", "Việc cần làm"],
                        "rows": [
                            [
                                "Chữ ký hợp lệ",
                                (
                                    "Nội dung nguyên vẹn, chứng thư được tin cậy và còn hiệu lực "
                                    "lúc ký"
                                ),
                                "Tiếp tục kiểm tra thẩm quyền người ký, rồi đăng ký văn bản đến",
                            ],
                            [
                                "Chưa xác định được tính hợp lệ",
                                (
                                    "Máy chưa có chứng thư gốc của tổ chức cấp, hoặc không kiểm "
                                    "tra được trạng thái thu hồi, thường do thiếu kết nối hay chưa "
                                    "cài đặt"
                                ),
                                (
                                    "Kiểm tra bằng phần mềm do cơ quan hướng dẫn; báo bộ phận công "
                                    "nghệ thông tin cài chứng thư gốc"
                                ),
                            ],
                            [
                                "Văn bản đã bị thay đổi sau khi ký",
                                "Có ai đó đã sửa nội dung hoặc thêm trang sau khi ký",
                                (
                                    "Không đăng ký là văn bản hợp lệ; báo lãnh đạo, liên hệ nơi "
                                    "gửi đề nghị gửi lại"
                                ),
                            ],
                            [
                                "Chứng thư đã hết hạn hoặc đã bị thu hồi",
                                "Khóa dùng để ký không còn được phép dùng tại thời điểm ký",
                                "Không chấp nhận; liên hệ nơi gửi",
                            ],
                            [
                                "Không có chữ ký số",
                                "Tệp chỉ có hình ảnh chữ ký, có thể là bản quét",
                                (
                                    "Không coi là văn bản điện tử có chữ ký số; xử lý theo quy "
                                    "chế, hỏi nơi gửi"
                                ),
                            ],
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Ghi chú thêm vào tệp đã ký có thể làm hỏng kết quả kiểm tra",
                        "text": (
                            "<p>Một số phần mềm đọc PDF cho phép thêm ghi chú, đánh dấu, thậm chí "
                            "“điền” lên tệp. Làm như vậy trên văn bản gốc nhận được có thể khiến "
                            "lần kiểm tra sau báo văn bản đã bị thay đổi. Hãy giữ nguyên tệp gốc "
                            "nhận được; muốn ghi chú thì ghi trên hệ thống quản lý văn bản, hoặc "
                            "trên một bản sao để làm việc.</p>"
                        ),
                    },
                ),
                ("heading", "Ví dụ: một công văn “có vẻ” hợp lệ"),
                (
                    "rich_text",
                    (
                        "<p>Ví dụ minh họa: văn thư Văn phòng Tỉnh ủy nhận qua thư điện tử một tệp "
                        "PDF “công văn của Ban Tổ chức” đề nghị các đảng ủy cung cấp danh sách "
                        "đảng viên kèm số căn cước trước 17 giờ. Trên trang cuối có hình chữ ký và "
                        "hình dấu rất giống thật. Khi mở bảng chữ ký, phần mềm báo “không có chữ "
                        "ký số”. Văn bản cũng không đến qua hệ thống quản lý văn bản như mọi văn "
                        "bản khác của Ban Tổ chức. Cách xử lý đúng: không đăng ký, không làm theo "
                        "yêu cầu, gọi điện xác minh với Ban Tổ chức theo số điện thoại trong danh "
                        "bạ cơ quan, báo lãnh đạo văn phòng và bộ phận công nghệ thông tin. Đây "
                        "chính là dấu hiệu của thư giả mạo đã học trong khóa An toàn thông tin.</p>"
                    ),
                ),
                (
                    "check",
                    {
                        "question": (
                            "Phần mềm báo: “Văn bản đã bị thay đổi sau khi ký”. Văn thư nên làm gì?"
                        ),
                        "choices": [
                            {
                                "text": (
                                    "Không đăng ký là văn bản hợp lệ; báo lãnh đạo văn phòng và đề "
                                    "nghị nơi gửi gửi lại."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Đúng. Văn bản bị thay đổi sau khi ký không còn bảo đảm đúng "
                                    "nội dung người có thẩm quyền đã ký."
                                ),
                            },
                            {
                                "text": (
                                    "Vẫn đăng ký văn bản đến, vì hình chữ ký, hình dấu đều đúng và "
                                    "thông báo này thường do lỗi của phần mềm đọc PDF."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Hình ảnh không chứng minh điều gì; chữ ký số đã cho biết nội "
                                    "dung không còn nguyên vẹn."
                                ),
                            },
                            {
                                "text": (
                                    "Tự mở bản Word cũ của nơi gửi để đối chiếu rồi sửa lại cho "
                                    "khớp."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Văn thư không sửa văn bản của cơ quan khác; cần nơi gửi gửi "
                                    "lại bản hợp lệ."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "check",
                    {
                        "question": (
                            "Chữ ký trên văn bản nhận được hợp lệ về kỹ thuật, nhưng chứng thư "
                            "mang tên một chuyên viên, trong khi cuối văn bản ghi “T/L BAN THƯỜNG "
                            "VỤ, CHÁNH VĂN PHÒNG”. Nhận xét nào đúng?"
                        ),
                        "choices": [
                            {
                                "text": (
                                    "Văn bản hợp lệ, vì phần mềm đã báo chữ ký hợp lệ và chứng thư "
                                    "do tổ chức chứng thực hợp pháp cấp."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Chữ ký hợp lệ chỉ cho biết ai đã ký; người ký ấy còn phải "
                                    "đúng thẩm quyền ghi trên văn bản."
                                ),
                            },
                            {
                                "text": (
                                    "Chỉ cần chữ ký của cơ quan là đủ, chữ ký cá nhân không quan "
                                    "trọng."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Chữ ký của người có thẩm quyền thể hiện ý chí người ký; không "
                                    "thể bỏ qua khi nó không khớp."
                                ),
                            },
                            {
                                "text": (
                                    "Hỏi lại nơi gửi, vì người ký theo chứng thư không khớp với "
                                    "người có thẩm quyền ghi trên văn bản."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Đúng. Phần mềm chỉ kiểm tra kỹ thuật; thẩm quyền người ký "
                                    "phải do con người đối chiếu."
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        {
            "slug": "the-thuc-van-ban-dien-tu-cua-dang",
            "title": "Thể thức văn bản điện tử của Đảng",
            "estimated_minutes": 35,
            "body": [
                ("heading", "Văn bản của Đảng có thể thức riêng"),
                (
                    "rich_text",
                    (
                        "<p>Văn bản của Đảng và văn bản hành chính của cơ quan nhà nước có nhiều "
                        "điểm giống nhau, nhưng thể thức khác nhau ở những chỗ rất dễ nhận ra. "
                        "Điểm khác dễ thấy nhất: văn bản của cơ quan nhà nước mở đầu bằng Quốc "
                        "hiệu và Tiêu ngữ (“CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM – Độc lập – Tự do – "
                        "Hạnh phúc”), còn văn bản của Đảng <strong>không có Quốc hiệu</strong>; "
                        "thành phần xác định văn bản của Đảng là <strong>tiêu đề “ĐẢNG CỘNG SẢN "
                        "VIỆT NAM”</strong>, trình bày ở trang đầu, góc phải, dòng đầu, phía dưới "
                        "có đường kẻ ngang ngăn cách với địa danh và ngày tháng năm ban "
                        "hành.</p><p>Văn bản điện tử không có thể thức riêng “cho bản điện tử”: "
                        "bản điện tử phải có đầy đủ thành phần thể thức như bản giấy. Điều khác là "
                        "chữ ký tay và dấu đỏ được thay bằng chữ ký số của người có thẩm quyền và "
                        "chữ ký số của cơ quan, kèm hình ảnh hiển thị theo hướng dẫn.</p>"
                    ),
                ),
                (
                    "heading",
                    "Căn cứ: quy định của Ban Bí thư và hướng dẫn của Văn phòng Trung ương Đảng",
                ),
                (
                    "rich_text",
                    (
                        "<p><strong>Quy định 399-QĐ/TW ngày 09/01/2026 của Ban Bí thư về thể loại, "
                        "thẩm quyền ban hành và thể thức văn bản của Đảng</strong> có hiệu lực từ "
                        "ngày ký, áp dụng với các cấp ủy, tổ chức, cơ quan đảng từ Trung ương đến "
                        "chi bộ. Trước Quy định 399-QĐ/TW, các cơ quan đảng thực hiện theo Quy "
                        "định 66-QĐ/TW ngày 06/02/2017 của Ban Bí thư về cùng nội dung. Quy định "
                        "nêu hệ thống các thể loại văn bản của Đảng như nghị quyết, quyết định, "
                        "chỉ thị, kết luận, quy chế, quy định, thông tri, hướng dẫn, thông báo, "
                        "báo cáo, kế hoạch, chương trình, đề án, tờ trình, công văn, biên bản, "
                        "cùng các loại giấy tờ hành chính như giấy giới thiệu, giấy mời, phiếu "
                        "gửi.</p><p>Chi tiết về kỹ thuật trình bày (vị trí từng thành phần, cỡ "
                        "chữ, lề trang) được hướng dẫn trong <strong>Hướng dẫn 36-HD/VPTW ngày "
                        "03/4/2018 của Văn phòng Trung ương Đảng về thể thức và kỹ thuật trình bày "
                        "văn bản của Đảng</strong>. Hướng dẫn này quy định phông chữ là bộ mã ký "
                        "tự chữ Việt theo tiêu chuẩn TCVN 6909:2001 (Unicode) và khổ giấy A4. Khi "
                        "Văn phòng Trung ương Đảng ban hành hướng dẫn mới để thực hiện Quy định "
                        "399-QĐ/TW, cơ quan bạn sẽ thực hiện theo hướng dẫn mới; hãy hỏi văn thư "
                        "để biết văn bản đang áp dụng.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "caption": (
                            "Các thành phần thể thức bắt buộc của văn bản của Đảng (theo Hướng dẫn "
                            "36-HD/VPTW)"
                        ),
                        "header": ["Thành phần", "Vị trí thường gặp", "Ví dụ minh họa"],
                        "rows": [
                            [
                                "Tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM”",
                                "Trang đầu, góc phải, dòng đầu; có đường kẻ ngang phía dưới",
                                "ĐẢNG CỘNG SẢN VIỆT NAM",
                            ],
                            [
                                "Tên cơ quan ban hành văn bản",
                                "Trang đầu, góc trái",
                                "TỈNH ỦY LÂM GIANG, dòng dưới là VĂN PHÒNG",
                            ],
                            ["Số và ký hiệu văn bản", "Dưới tên cơ quan ban hành", "Số 25-BC/VPTU"],
                            [
                                "Địa danh và ngày, tháng, năm ban hành",
                                "Dưới tiêu đề, góc phải",
                                "Lâm Giang, ngày 15 tháng 3 năm N",
                            ],
                            [
                                "Tên loại và trích yếu nội dung",
                                "Giữa trang, dưới phần đầu",
                                "BÁO CÁO kết quả thực hiện công tác văn phòng quý I năm N",
                            ],
                            [
                                "Nội dung văn bản",
                                "Phần thân",
                                "Các đoạn, mục theo bố cục của thể loại",
                            ],
                            [
                                "Quyền hạn, chức vụ, họ tên và chữ ký của người có thẩm quyền",
                                "Cuối văn bản, bên phải",
                                (
                                    "T/M BAN THƯỜNG VỤ, PHÓ BÍ THƯ; hoặc T/L BAN THƯỜNG VỤ, CHÁNH "
                                    "VĂN PHÒNG"
                                ),
                            ],
                            [
                                "Dấu cơ quan, tổ chức ban hành",
                                "Đóng trên chữ ký (bản giấy); chữ ký số của cơ quan (bản điện tử)",
                                "Hình dấu đi kèm chữ ký số của cơ quan",
                            ],
                            [
                                "Nơi nhận",
                                "Cuối văn bản, bên trái",
                                (
                                    "Nơi nhận: Thường trực Tỉnh ủy, các đảng ủy trực thuộc, lưu "
                                    "Văn phòng"
                                ),
                            ],
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Lỗi hay gặp nhất: chép Quốc hiệu sang văn bản của Đảng",
                        "text": (
                            "<p>Khi soạn văn bản từ một mẫu của cơ quan chính quyền, rất dễ để sót "
                            "Quốc hiệu “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM” ở góc phải. Văn bản "
                            "của cấp ủy, cơ quan đảng, kể cả của văn phòng cấp ủy và của chi bộ, "
                            "dùng tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM”. Hãy dùng bộ mẫu văn bản của "
                            "Đảng do văn phòng cung cấp thay vì chép từ văn bản của cơ quan "
                            "khác.</p>"
                        ),
                    },
                ),
                ("heading", "Thành phần bổ sung và văn bản điện tử"),
                (
                    "rich_text",
                    (
                        "<p>Ngoài các thành phần bắt buộc, tùy nội dung văn bản có thể có các "
                        "thành phần bổ sung như dấu chỉ mức độ mật, mức độ khẩn, chỉ dẫn phạm vi "
                        "lưu hành, ký hiệu người đánh máy và số lượng bản phát hành, thông tin "
                        "liên hệ của cơ quan ban hành. Văn bản có dấu chỉ mức độ mật không được "
                        "phát hành dưới dạng văn bản điện tử thông thường trên mạng, dù có chữ ký "
                        "số.</p><p>Với văn bản điện tử, cần lưu ý thêm ba "
                        "điều:</p><ul><li><strong>Định dạng tệp:</strong> văn bản phát hành là tệp "
                        "PDF tạo trực tiếp từ tệp soạn thảo, chữ chọn và tìm kiếm được; không phải "
                        "ảnh chụp hay bản quét của văn bản in.</li><li><strong>Phông chữ:</strong> "
                        "dùng phông chữ theo bộ mã Unicode (TCVN 6909:2001) và nhúng phông khi "
                        "xuất PDF, để văn bản hiển thị đúng trên mọi máy.</li><li><strong>Vị trí "
                        "chữ ký số:</strong> hình ảnh chữ ký của người có thẩm quyền và hình ảnh "
                        "dấu kèm chữ ký số của cơ quan đặt đúng vị trí như trên bản giấy, theo "
                        "hướng dẫn và phần mềm ký số của cơ quan. Không chèn ảnh chữ ký bằng lệnh "
                        "chèn ảnh của phần mềm soạn thảo.</li></ul>"
                    ),
                ),
                (
                    "steps",
                    {
                        "title": "Tự rà soát thể thức trước khi trình ký",
                        "items": [
                            (
                                "<p>Góc phải dòng đầu là tiêu đề <strong>ĐẢNG CỘNG SẢN VIỆT "
                                "NAM</strong>, có đường kẻ ngang; không có Quốc hiệu.</p>"
                            ),
                            (
                                "<p>Tên cơ quan ban hành đúng tên hiện hành sau sắp xếp tổ chức bộ "
                                "máy; có tên cơ quan cấp trên trực tiếp nếu thể thức yêu cầu.</p>"
                            ),
                            (
                                "<p>Số và ký hiệu đúng mẫu của văn bản đảng, ký hiệu tên loại và "
                                "ký hiệu cơ quan viết đúng quy ước của cơ quan.</p>"
                            ),
                            (
                                "<p>Ngày tháng viết đầy đủ “ngày … tháng … năm …”; trích yếu ngắn "
                                "gọn, đúng nội dung.</p>"
                            ),
                            (
                                "<p>Phần thẩm quyền ký ghi đúng chữ viết tắt như T/M, K/T, T/L "
                                "theo người ký; nơi nhận đầy đủ, có “lưu”.</p>"
                            ),
                            (
                                "<p>Xuất PDF có nhúng phông, mở thử trên máy khác hoặc trên điện "
                                "thoại để chắc chắn không lỗi hiển thị.</p>"
                            ),
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Bộ mẫu dùng chung giúp cả cơ quan đúng thể thức",
                        "text": (
                            "<p>Văn phòng nên có một bộ mẫu văn bản của Đảng (báo cáo, tờ trình, "
                            "công văn, kế hoạch, giấy mời…) đặt ở thư mục dùng chung, do văn thư "
                            "phụ trách cập nhật khi có quy định, hướng dẫn mới. Đây cũng là nguyên "
                            "tắc “một lần nhập – dùng nhiều lần”: sửa mẫu một lần, mọi văn bản sau "
                            "đều đúng.</p>"
                        ),
                    },
                ),
                (
                    "check",
                    {
                        "question": (
                            "Góc phải dòng đầu của một báo cáo do Văn phòng Tỉnh ủy ban hành phải "
                            "trình bày thành phần nào?"
                        ),
                        "choices": [
                            {
                                "text": (
                                    "Quốc hiệu “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM” và tiêu ngữ "
                                    "“Độc lập – Tự do – Hạnh phúc”."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Đó là thể thức của văn bản hành chính nhà nước; văn bản của "
                                    "Đảng không có Quốc hiệu."
                                ),
                            },
                            {
                                "text": "Tên cơ quan ban hành “TỈNH ỦY LÂM GIANG – VĂN PHÒNG”.",
                                "correct": False,
                                "feedback": "Tên cơ quan ban hành đặt ở góc trái trang đầu.",
                            },
                            {
                                "text": (
                                    "Tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM”, phía dưới có đường kẻ ngang."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Đúng. Đây là thành phần thể thức xác định văn bản của Đảng."
                                ),
                            },
                            {
                                "text": "Số và ký hiệu văn bản.",
                                "correct": False,
                                "feedback": (
                                    "Số và ký hiệu đặt ở góc trái, dưới tên cơ quan ban hành."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "check",
                    {
                        "question": (
                            "Cách nào tạo ra tệp văn bản điện tử đúng yêu cầu để ký số và phát "
                            "hành?"
                        ),
                        "choices": [
                            {
                                "text": (
                                    "Xuất PDF trực tiếp từ tệp soạn thảo đã duyệt, nhúng phông, "
                                    "rồi ký số bằng phần mềm của cơ quan."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Đúng. Văn bản hiển thị đúng trên mọi máy, đọc và tìm kiếm "
                                    "được."
                                ),
                            },
                            {
                                "text": (
                                    "In văn bản đã duyệt, quét thành PDF màu để giữ đúng hình thức "
                                    "như bản giấy, rồi ký số lên bản quét đó."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Bản quét là ảnh, không tìm kiếm hay trích dẫn được; văn bản "
                                    "điện tử nên được xuất trực tiếp từ tệp soạn thảo."
                                ),
                            },
                            {
                                "text": (
                                    "Chụp ảnh màn hình văn bản và chèn ảnh chữ ký tay vào cuối "
                                    "trang."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Ảnh chữ ký không phải chữ ký số và không có giá trị xác thực."
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        {
            "slug": "phat-hanh-va-tiep-nhan-van-ban-dien-tu",
            "title": "Phát hành và tiếp nhận văn bản điện tử",
            "estimated_minutes": 30,
            "body": [
                ("heading", "Gửi, nhận văn bản điện tử trong hệ thống của Đảng"),
                (
                    "rich_text",
                    (
                        "<p>Ngày 27/6/2025, Ban Bí thư ban hành <strong>Quy định 337-QĐ/TW về gửi, "
                        "nhận văn bản điện tử trên mạng thông tin diện rộng của Đảng và mạng "
                        "Internet</strong>. Quy định căn cứ vào Luật Giao dịch điện tử 2023, Luật "
                        "Cơ yếu, Luật An ninh mạng, Luật Bảo vệ bí mật nhà nước, Quy định "
                        "269-QĐ/TW năm 2014 của Ban Bí thư về thực hiện giao dịch điện tử trong "
                        "hoạt động của các cơ quan đảng và Quyết định 204-QĐ/TW năm 2024 phê duyệt "
                        "Đề án Chuyển đổi số trong các cơ quan đảng. Khóa học không thay thế việc "
                        "đọc quy định và quy chế của cơ quan bạn; bài này trình bày những nguyên "
                        "tắc chung để làm đúng ở từng khâu.</p><p>Nguyên tắc xuyên suốt: văn bản "
                        "không có nội dung bí mật nhà nước được gửi, nhận dưới dạng điện tử, có "
                        "chữ ký số, qua hệ thống do cơ quan đảng quy định; văn bản có nội dung bí "
                        "mật nhà nước không gửi theo cách thông thường này, mà theo quy định của "
                        "pháp luật về bảo vệ bí mật nhà nước và cơ yếu.</p>"
                    ),
                ),
                ("heading", "Phát hành văn bản đi: ai làm gì"),
                (
                    "table",
                    {
                        "caption": (
                            "Các bước phát hành một văn bản điện tử (ví dụ minh họa tại một văn "
                            "phòng cấp ủy)"
                        ),
                        "header": ["Bước", "Người thực hiện", "Việc cần làm"],
                        "rows": [
                            [
                                "1. Soạn thảo",
                                "Chuyên viên được giao",
                                (
                                    "Soạn theo mẫu, đúng thể thức; đặt tên tệp theo quy ước; trình "
                                    "qua hệ thống"
                                ),
                            ],
                            [
                                "2. Kiểm tra, duyệt",
                                "Lãnh đạo phòng, lãnh đạo văn phòng",
                                "Góp ý, duyệt nội dung trên hệ thống; mọi ý kiến được lưu lại",
                            ],
                            [
                                "3. Ký số",
                                "Người có thẩm quyền",
                                "Đọc bản PDF cuối cùng, ký số bằng chứng thư của mình",
                            ],
                            [
                                "4. Kiểm tra thể thức, cấp số",
                                "Văn thư",
                                "Kiểm tra thể thức, ghi số, ngày; ký số của cơ quan",
                            ],
                            [
                                "5. Phát hành",
                                "Văn thư",
                                "Gửi đúng, đủ nơi nhận qua hệ thống; theo dõi việc nhận",
                            ],
                            [
                                "6. Lưu",
                                "Văn thư, người soạn thảo",
                                "Lưu bản gốc điện tử đã ký; đưa vào hồ sơ công việc",
                            ],
                        ],
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>Văn thư là “cửa cuối” trước khi văn bản ra khỏi cơ quan. Khi phát hiện "
                        "sai sót về thể thức hay kỹ thuật trình bày, văn thư báo người soạn thảo "
                        "để sửa và trình ký lại, không tự sửa trên bản đã ký. Sau khi phát hành, "
                        "cần kiểm tra hệ thống đã ghi nhận nơi nhận đã nhận văn bản chưa; với văn "
                        "bản có hạn xử lý ngắn, nên theo dõi sát.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "note",
                        "title": "Có cần gửi thêm bản giấy không?",
                        "text": (
                            "<p>Khi đã gửi văn bản điện tử có chữ ký số theo đúng quy định, nguyên "
                            "tắc chung là không gửi thêm bản giấy để tránh trùng lặp, trừ những "
                            "loại văn bản mà quy định, quy chế yêu cầu phải có bản giấy. Danh mục "
                            "những trường hợp này do quy định của Trung ương và quy chế của từng "
                            "cơ quan xác định; hãy hỏi văn thư thay vì đoán.</p>"
                        ),
                    },
                ),
                ("heading", "Tiếp nhận văn bản đến: kiểm tra trước, đăng ký sau"),
                (
                    "steps",
                    {
                        "title": "Tiếp nhận một văn bản điện tử đến",
                        "items": [
                            (
                                "<p>Nhận văn bản trên hệ thống quản lý văn bản. Văn bản đến qua "
                                "kênh khác (thư điện tử, ứng dụng nhắn tin) phải được xác minh "
                                "trước khi xử lý.</p>"
                            ),
                            (
                                "<p>Kiểm tra nguồn gốc và chữ ký số: nơi gửi, chữ ký của người có "
                                "thẩm quyền và của cơ quan, tình trạng nguyên vẹn của tệp.</p>"
                            ),
                            (
                                "<p>Kiểm tra tính đầy đủ: số trang, phụ lục, tệp đính kèm có mở "
                                "được không.</p>"
                            ),
                            (
                                "<p>Nếu có sai sót, trả lại hoặc thông báo cho nơi gửi qua hệ "
                                "thống theo quy định; không tự ý sửa.</p>"
                            ),
                            (
                                "<p>Đăng ký văn bản đến: cấp số đến, ghi ngày đến, nhập các thông "
                                "tin cần thiết vào hệ thống.</p>"
                            ),
                            (
                                "<p>Trình lãnh đạo cho ý kiến phân phối, rồi chuyển đến đơn vị, cá "
                                "nhân xử lý.</p>"
                            ),
                        ],
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>Các bước đăng ký, phân phối và theo dõi hạn xử lý được học kỹ trong "
                        "khóa “Số hóa vòng đời văn bản và hồ sơ điện tử”. Ở đây cần nhớ một điều: "
                        "văn bản chưa qua kiểm tra chữ ký số thì chưa được đăng ký như một văn bản "
                        "đến hợp lệ.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Không chuyển văn bản điện tử qua Zalo “cho nhanh”",
                        "text": (
                            "<p>Việc chụp màn hình hay chuyển tiếp tệp văn bản qua ứng dụng nhắn "
                            "tin cá nhân để “báo trước cho lãnh đạo” làm văn bản ra khỏi hệ thống "
                            "của cơ quan, không còn kiểm soát được ai đã xem, và dễ tạo ra những "
                            "bản khác nhau của cùng một văn bản. Hãy dùng chức năng chuyển văn bản "
                            "của hệ thống; nếu cần báo gấp, gọi điện báo lãnh đạo rằng văn bản đã "
                            "có trên hệ thống.</p>"
                        ),
                    },
                ),
                ("heading", "Khi gửi nhầm hoặc phát hiện sai sau khi phát hành"),
                (
                    "rich_text",
                    (
                        "<p>Gửi nhầm nơi nhận, đính kèm nhầm tệp, phát hiện sai số liệu sau khi "
                        "phát hành là những sự cố có thật. Cách xử lý chung: báo ngay lãnh đạo văn "
                        "phòng; dùng chức năng thu hồi văn bản của hệ thống nếu có và thông báo "
                        "cho nơi nhận nhầm; nếu phải sửa nội dung thì ban hành văn bản đính chính "
                        "hoặc văn bản thay thế theo quy định, không gửi lại một tệp đã sửa “đè” "
                        "lên văn bản cũ mà vẫn giữ nguyên số, ngày. Mỗi văn bản đã phát hành là "
                        "một bản ghi chính thức và phải được lưu nguyên trạng.</p>"
                    ),
                ),
                (
                    "check",
                    {
                        "question": (
                            "Văn thư nhận qua thư điện tử một tệp PDF “văn bản khẩn” của một cơ "
                            "quan đảng cấp trên, không thấy văn bản này trên hệ thống quản lý văn "
                            "bản. Nên làm gì trước tiên?"
                        ),
                        "choices": [
                            {
                                "text": (
                                    "Đăng ký ngay, vì văn bản khẩn của cơ quan cấp trên không thể "
                                    "chờ, việc kiểm tra có thể làm sau."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Văn bản chưa xác minh nguồn gốc và chữ ký số thì chưa được "
                                    "đăng ký như văn bản đến hợp lệ."
                                ),
                            },
                            {
                                "text": (
                                    "Kiểm tra chữ ký số, xác minh với nơi gửi qua kênh chính thức, "
                                    "báo lãnh đạo văn phòng."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Đúng. Văn bản đến ngoài hệ thống phải được xác minh trước khi "
                                    "xử lý."
                                ),
                            },
                            {
                                "text": (
                                    "Chuyển ngay tệp qua Zalo cho lãnh đạo để lãnh đạo quyết định."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Chuyển qua ứng dụng cá nhân làm văn bản ra khỏi hệ thống và "
                                    "không giải quyết việc xác minh."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "check",
                    {
                        "question": (
                            "Sau khi phát hành, văn thư phát hiện đã đính kèm nhầm phụ lục của một "
                            "văn bản khác. Cách xử lý nào đúng?"
                        ),
                        "choices": [
                            {
                                "text": "Im lặng vì nơi nhận có thể không để ý phụ lục.",
                                "correct": False,
                                "feedback": "Sai sót cần được xử lý công khai, đúng quy định.",
                            },
                            {
                                "text": (
                                    "Báo lãnh đạo văn phòng, thông báo nơi nhận, xử lý bằng văn "
                                    "bản đính chính hoặc thay thế theo quy định."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Đúng. Văn bản đã phát hành là bản ghi chính thức; sửa sai "
                                    "phải để lại dấu vết rõ ràng."
                                ),
                            },
                            {
                                "text": (
                                    "Sửa tệp trên máy mình rồi gửi lại với cùng số, ngày văn bản."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Không được thay “đè” văn bản đã phát hành; bản cũ và bản mới "
                                    "cùng số sẽ gây nhầm lẫn."
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        {
            "slug": "bao-ve-thiet-bi-ky-so-va-xu-ly-khi-mat",
            "title": "Bảo vệ thiết bị ký số và xử lý khi mất",
            "estimated_minutes": 30,
            "body": [
                ("heading", "Thiết bị ký số là “con dấu” bỏ túi"),
                (
                    "rich_text",
                    (
                        "<p>Một chiếc USB token chỉ nặng vài gam, nhưng với người có thẩm quyền "
                        "ký, nó có giá trị như con dấu và chữ ký của họ cộng lại. Người nhặt được "
                        "thiết bị, nếu biết thêm mã PIN, có thể ký bất kỳ văn bản nào dưới tên chủ "
                        "thiết bị. Với ký số từ xa, “thiết bị” là tài khoản dịch vụ cộng với điện "
                        "thoại dùng để xác nhận; mất điện thoại chưa khóa màn hình hoặc lộ mật "
                        "khẩu cũng nguy hiểm không kém.</p><p>Theo Nghị định 68/2024/NĐ-CP, dịch "
                        "vụ chứng thực chữ ký số chuyên dùng công vụ gồm cả việc thu hồi chứng "
                        "thư, khôi phục thiết bị lưu khóa bí mật và kiểm tra trạng thái chứng thư "
                        "trực tuyến. Thủ tục cụ thể đi qua cơ quan quản lý trực tiếp của người "
                        "được cấp chứng thư. Vì vậy, mỗi cán bộ cần biết đầu mối của cơ quan mình "
                        "phụ trách chữ ký số là ai, và báo cho đầu mối đó ngay khi có sự cố.</p>"
                    ),
                ),
                ("heading", "Thói quen hằng ngày"),
                (
                    "table",
                    {
                        "caption": "Giữ thiết bị ký số an toàn: nên và không nên",
                        "header": ["Nên", "Không nên"],
                        "rows": [
                            [
                                "Rút thiết bị ngay sau khi ký; cất trong ngăn có khóa",
                                "Để thiết bị cắm trên máy qua đêm hoặc khi rời phòng",
                            ],
                            [
                                "Giữ mã PIN trong trí nhớ; đổi ngay khi nghi bị lộ",
                                "Dán mã PIN lên thiết bị, ghi trong sổ tay để trên bàn",
                            ],
                            [
                                (
                                    "Chỉ cắm vào máy tính cơ quan đã cài phần mềm ký số, có phần "
                                    "mềm diệt virus"
                                ),
                                "Cắm vào máy ở quán dịch vụ, máy dùng chung ở hội trường",
                            ],
                            [
                                "Bật khóa màn hình điện thoại dùng để xác nhận ký số từ xa",
                                "Cho người khác mượn điện thoại đã đăng nhập ứng dụng ký số",
                            ],
                            [
                                "Theo dõi thời hạn chứng thư, đề nghị gia hạn trước khi hết hạn",
                                "Chờ đến khi chữ ký báo hết hạn mới đề nghị gia hạn",
                            ],
                            [
                                (
                                    "Báo đầu mối khi chuyển công tác sang cơ quan khác, nghỉ hưu, "
                                    "thôi việc"
                                ),
                                "Tiếp tục giữ, dùng thiết bị ký số mà không báo ai",
                            ],
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Ghi sẵn đầu mối ở nơi dễ tìm",
                        "text": (
                            "<p>Hãy lưu tên và số điện thoại của cán bộ phụ trách chữ ký số "
                            "(thường ở bộ phận văn thư hoặc công nghệ thông tin) trong danh bạ "
                            "điện thoại với tên dễ tìm, ví dụ “Ký số – đầu mối”. Khi mất thiết bị "
                            "vào tối thứ Sáu, bạn sẽ không phải chờ đến sáng thứ Hai mới biết gọi "
                            "ai.</p>"
                        ),
                    },
                ),
                ("heading", "Khi mất thiết bị hoặc nghi lộ mã PIN"),
                (
                    "rich_text",
                    (
                        "<p>Điều quan trọng nhất là <strong>báo ngay</strong>. Mỗi giờ chậm trễ là "
                        "thêm một khoảng thời gian có người có thể ký dưới tên bạn. Chữ ký được "
                        "kiểm tra theo thời điểm ký, nên những chữ ký tạo ra trước khi chứng thư "
                        "bị thu hồi vẫn hiện là hợp lệ; vì vậy ghi lại thời điểm bạn phát hiện mất "
                        "là thông tin có ích cho việc rà soát các văn bản đã ký trong khoảng thời "
                        "gian nghi ngờ.</p>"
                    ),
                ),
                (
                    "steps",
                    {
                        "title": (
                            "Năm việc cần làm khi mất USB token hoặc điện thoại dùng để ký số từ xa"
                        ),
                        "items": [
                            (
                                "<p>Báo ngay cho đầu mối phụ trách chữ ký số và lãnh đạo trực "
                                "tiếp: mất gì, mất ở đâu, phát hiện lúc nào, lần ký gần nhất là "
                                "khi nào.</p>"
                            ),
                            (
                                "<p>Đề nghị thu hồi chứng thư theo thủ tục của cơ quan; với ký số "
                                "từ xa, đề nghị khóa tài khoản ký và đổi thông tin xác thực.</p>"
                            ),
                            (
                                "<p>Nếu mất điện thoại, báo nhà mạng khóa SIM, dùng chức năng tìm "
                                "và xóa dữ liệu từ xa nếu đã cài đặt.</p>"
                            ),
                            (
                                "<p>Cùng văn thư rà soát các văn bản được ký bằng chứng thư của "
                                "bạn từ lần ký cuối cùng bạn nhớ đến thời điểm chứng thư bị thu "
                                "hồi.</p>"
                            ),
                            (
                                "<p>Làm thủ tục cấp lại chứng thư hoặc thiết bị; trong thời gian "
                                "chờ, văn bản cần ký được trình người khác ký theo đúng thẩm "
                                "quyền.</p>"
                            ),
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Không tự “xử lý” bằng cách im lặng",
                        "text": (
                            "<p>Có người ngại báo mất thiết bị vì sợ bị phê bình, hy vọng sẽ tìm "
                            "lại được. Trong thời gian đó, nếu có văn bản giả được ký bằng chứng "
                            "thư của mình, người mất thiết bị phải giải trình về những chữ ký mình "
                            "không thực hiện. Báo sớm là cách bảo vệ chính mình và cơ quan.</p>"
                        ),
                    },
                ),
                ("heading", "Khi thay đổi chức vụ, chuyển công tác, nghỉ hưu"),
                (
                    "rich_text",
                    (
                        "<p>Chứng thư chữ ký số chuyên dùng công vụ cấp cho cá nhân; chức vụ, thẩm "
                        "quyền của người ký thể hiện trên văn bản được ký (phần quyền hạn, chức "
                        "vụ, họ tên người ký), không phải trong tên chứng thư. Vì vậy thay đổi "
                        "chức vụ trong cùng cơ quan thường không đòi hỏi chứng thư mới; nhưng khi "
                        "người được cấp chuyển sang cơ quan khác, nghỉ hưu, thôi việc, hoặc thông "
                        "tin trong chứng thư không còn đúng, cơ quan quản lý trực tiếp đề nghị "
                        "thay đổi thông tin hoặc thu hồi chứng thư theo quy định. Người chuyển "
                        "công tác hoặc nghỉ hưu bàn giao thiết bị theo quy định của cơ quan, không "
                        "mang theo, không “để lại cho người kế nhiệm dùng tạm”. Tương tự, chứng "
                        "thư của cơ quan cần được thay đổi khi cơ quan đổi tên, sáp nhập sau sắp "
                        "xếp tổ chức bộ máy.</p><p>Ví dụ minh họa: sau khi sáp nhập hai ban, văn "
                        "thư của cơ quan mới vẫn dùng thiết bị mang tên cơ quan cũ để ký phát "
                        "hành. Chữ ký vẫn hợp lệ về kỹ thuật, nhưng tên cơ quan trong chứng thư "
                        "không khớp với tên cơ quan ban hành ghi trên văn bản, khiến nơi nhận phải "
                        "hỏi lại. Việc đề nghị cấp chứng thư mới cho cơ quan cần nằm trong kế "
                        "hoạch sắp xếp ngay từ đầu.</p>"
                    ),
                ),
                (
                    "check",
                    {
                        "question": (
                            "Tối thứ Sáu, đồng chí Phó Chánh Văn phòng phát hiện mất túi xách có "
                            "USB token ký số. Việc nào cần làm ngay?"
                        ),
                        "choices": [
                            {
                                "text": "Chờ đến sáng thứ Hai tìm lại, vì không ai biết mã PIN.",
                                "correct": False,
                                "feedback": (
                                    "Mã PIN có thể bị đoán hoặc đã bị lộ; chờ đợi làm tăng rủi ro."
                                ),
                            },
                            {
                                "text": "Tự mua một USB token mới ở cửa hàng và cài lại.",
                                "correct": False,
                                "feedback": (
                                    "Thiết bị và chứng thư chuyên dùng công vụ được cấp qua cơ "
                                    "quan theo thủ tục, không mua ở cửa hàng."
                                ),
                            },
                            {
                                "text": (
                                    "Gọi ngay cho đầu mối phụ trách chữ ký số và lãnh đạo trực "
                                    "tiếp để đề nghị thu hồi chứng thư."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Đúng. Báo càng sớm, khoảng thời gian có thể bị ký giả mạo "
                                    "càng ngắn."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "check",
                    {
                        "question": (
                            "Đồng chí Lan chuyển từ Văn phòng Tỉnh ủy sang công tác ở Ban Tổ chức "
                            "Tỉnh ủy. Chứng thư và USB token ký số của đồng chí xử lý thế nào?"
                        ),
                        "choices": [
                            {
                                "text": "Báo đầu mối ký số để cơ quan làm thủ tục theo quy định.",
                                "correct": True,
                                "feedback": (
                                    "Đúng. Cơ quan quản lý đề nghị thay đổi thông tin hoặc thu hồi "
                                    "chứng thư, cấp lại khi cần; thiết bị bàn giao theo quy định."
                                ),
                            },
                            {
                                "text": (
                                    "Đồng chí Lan cứ giữ và dùng tiếp, không cần báo ai, vì chứng "
                                    "thư cấp cho cá nhân chứ không cấp theo chức danh."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Chứng thư cấp cho cá nhân, nhưng thông tin nơi công tác và "
                                    "việc quản lý chứng thư thay đổi khi chuyển cơ quan; phải báo "
                                    "để làm thủ tục."
                                ),
                            },
                            {
                                "text": (
                                    "Để lại cho người kế nhiệm dùng tạm cho đến khi có thiết bị "
                                    "mới."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Người kế nhiệm sẽ ký dưới tên đồng chí Lan; đây là sai nguyên "
                                    "tắc."
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
    ],
}
